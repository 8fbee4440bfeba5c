using System.Net;
using System.Net.Http.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Security;

/// <summary>
/// Every page and endpoint of the application, knocked on by every persona. The expectations are one letter
/// per persona, in the order of <see cref="Persona"/>:
///
///   Anonymous · Viewer · Officer · Leader · Unit · OtherUnit · Ministry · Administrator · OtherProvince · BorderOfficer · CaseOfficer
///
/// O  allowed, and what it shows includes the record;   H  allowed, but the record is hidden from it;
/// F  refused: 403 (a page sends the browser to "not allowed");   N  404: the record isn't theirs;
/// S  sign in first: 401 (a page sends the browser to the sign-in page);   B  400: refused as malformed.
///
/// A guard test fails when an endpoint exists that this table doesn't list, so a new page can't ship unprobed.
/// </summary>
public abstract class AccessMatrixTests(LiaisonApp app) : AppTests(app)
{
    private static readonly List<Probe> Table =
    [
        // Account
        new("POST", "/api/account/login", "OOOOOOOOOOO", async (w, _, _) => new(
            "/api/account/login", JsonContent.Create(new { email = await w.App.CreateUserAsync(AccessWorld.Home), password = LiaisonApp.Password })), Fresh: true),
        new("POST", "/api/account/logout", "SOOOOOOOOOO", (_, _, _) => Req("/api/account/logout", JsonContent.Create(new { })), Fresh: true),
        new("GET", "/api/account/me", "SOOOOOOOOOO", (_, _, _) => Req("/api/account/me")),
        new("POST", "/account/logout", "SOOOOOOOOOO", async (_, _, client) => new(
            "/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await AccessWorld.FormTokenAsync(client) })),
            Fresh: true),
        // The language menu's form and its API twin: every signed-in user chooses their own language.
        new("POST", "/account/language", "SOOOOOOOOOO", async (_, _, client) => new(
            "/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await AccessWorld.FormTokenAsync(client), ["language"] = "en", ["returnUrl"] = "/",
            })),
            Fresh: true),
        new("PUT", "/api/account/language", "SOOOOOOOOOO", (_, _, _) => Req("/api/account/language", Body(new LanguageInput("en"))), Fresh: true),
        new("GET", "/account/login", "OOOOOOOOOOO", (_, _, _) => Req("/account/login")),
        new("GET", "/account/denied", "SFFFFFFFFFF", (_, _, _) => Req("/account/denied")),
        new("GET", "/account/tokens", "SOOOOOOOOOO", (_, _, _) => Req("/account/tokens")),
        new("GET", "/", "SOOOOOOOOOO", (_, _, _) => Req("/")),
        new("GET", "/Error", "OOOOOOOOOOO", (_, _, _) => Req("/Error")),
        new("GET", "/not-found", "OOOOOOOOOOO", (_, _, _) => Req("/not-found")),
        new("GET", "/health", "OOOOOOOOOOO", (_, _, _) => Req("/health")),
        new("GET", "/openapi/{documentName}.json", "SOOOOOOOOOO", (_, _, _) => Req("/openapi/v1.json")),
        new("GET", "/api/reference/{documentName?}", "SOOOOOOOOOO", (_, _, _) => Req("/api/reference")),
        // The API reference's script and icon are public files.
        new("GET", "/api/reference/scalar.js", "OOOOOOOOOOO", (_, _, _) => Req("/api/reference/scalar.js")),
        new("GET", "/api/reference/scalar.aspnetcore.js", "OOOOOOOOOOO", (_, _, _) => Req("/api/reference/scalar.aspnetcore.js")),
        new("GET", "/api/reference/favicon.svg", "OOOOOOOOOOO", (_, _, _) => Req("/api/reference/favicon.svg")),
        // A file that doesn't exist (the static files' fallback) is a 404 once signed in.
        new("GET", "/{**path:file}", "SNNNNNNNNNN", (_, _, _) => Req("/no-such-file.css")),
        // Blazor's own endpoint for redirects after enhanced navigation: a forged target is a plain 400.
        new("GET", "/_framework/opaque-redirect", "SBBBBBBBBBB", (_, _, _) => Req("/_framework/opaque-redirect?url=x")),

        // Partners: the register, kept by officers and leaders, read by the whole province and the ministry
        // Search: the shared partner's words, found by everyone who reads the home province
        new("GET", "/api/search", "SOOOOOOHHOO", (w, _, _) => Req($"/api/search?q={w.SharedMarker}", marker: $"\"link\":\"/partners/{w.Partner}\"")),
        new("GET", "/search", "SOOOOOOHHOO", (w, _, _) => Req($"/search?q={w.SharedMarker}", marker: $"<mark>{w.SharedMarker}</mark>")),
        new("GET", "/api/partners", "SOOOOOOHHOO", (w, _, _) => Req($"/api/partners?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/partners/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/partners/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/partners/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/partners/{w.Partner}")),
        new("GET", "/api/partners/{id:int}/timeline", "SOOOOOONNOO", (w, _, _) => Req($"/api/partners/{w.Partner}/timeline")),
        new("GET", "/api/partners/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/partners/{w.Partner}/history")),
        new("POST", "/api/partners", "SFOOFFFFOOO", (_, _, _) => Req("/api/partners", Body(TestData.Partner()))),
        new("PUT", "/api/partners/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewPartnerAsync();
            var input = (await w.GetAsync<PartnerDetails>(Persona.Officer, $"/api/partners/{id}")).ToInput();
            return new($"/api/partners/{id}", Body(input));
        }),
        new("POST", "/api/partners/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/partners/{await w.NewPartnerAsync()}/archive")),
        new("POST", "/api/partners/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/partners/{await w.NewPartnerAsync(archived: true)}/restore")),
        new("GET", "/partners", "SOOOOOOHHOO", (w, _, _) => Req($"/partners?q={w.SharedMarker}", marker: $"href=\"/partners/{w.Partner}\"")),
        new("GET", "/partners/new", "SFOOFFFFOOO", (_, _, _) => Req("/partners/new")),
        new("GET", "/partners/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/partners/{w.Partner}")),
        new("GET", "/partners/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/partners/{w.Partner}/edit")),

        // Delegations: registered by officers, leaders and units; a unit sees only its own
        new("GET", "/api/delegations", "SOOOOHOHHOO", (w, _, _) => Req($"/api/delegations?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/delegations/export.csv", "SOOOOHOHHOO", (w, _, _) => Req($"/api/delegations/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/delegations/{id:int}", "SOOOONONNOO", (w, _, _) => Req($"/api/delegations/{w.Delegation}")),
        new("GET", "/api/delegations/{id:int}/history", "SOOOONONNOO", (w, _, _) => Req($"/api/delegations/{w.Delegation}/history")),
        new("POST", "/api/delegations", "SFOOOOFFOOO", (_, _, _) => Req("/api/delegations", Body(TestData.Delegation()))),
        new("PUT", "/api/delegations/{id:int}", "SFOOONFNNOO", async (w, _, _) =>
        {
            var id = await w.NewDelegationAsync();
            var input = (await w.GetAsync<DelegationDetails>(Persona.Unit, $"/api/delegations/{id}")).ToInput();
            return new($"/api/delegations/{id}", Body(input));
        }),
        new("POST", "/api/delegations/{id:int}/status", "SFOOONFNNOO", async (w, _, _) => new(
            $"/api/delegations/{await w.NewDelegationAsync()}/status", Body(new DelegationStatusInput { To = DelegationStatus.Submitted }))),
        new("POST", "/api/delegations/{id:int}/archive", "SFOOONFNNOO", async (w, _, _) => new($"/api/delegations/{await w.NewDelegationAsync()}/archive")),
        new("POST", "/api/delegations/{id:int}/restore", "SFOOONFNNOO", async (w, _, _) => new($"/api/delegations/{await w.NewDelegationAsync(archived: true)}/restore")),
        new("GET", "/delegations", "SOOOOHOHHOO", (w, _, _) => Req($"/delegations?q={w.SharedMarker}", marker: $"href=\"/delegations/{w.Delegation}\"")),
        new("GET", "/delegations/new", "SFOOOOFFOOO", (_, _, _) => Req("/delegations/new")),
        new("GET", "/delegations/{Id:int}", "SOOOONONNOO", (w, _, _) => Req($"/delegations/{w.Delegation}")),
        new("GET", "/delegations/{Id:int}/edit", "SFOOONFFNOO", (w, _, _) => Req($"/delegations/{w.Delegation}/edit")),

        // Agreements: kept like the partner register; signing goes through a leader
        new("GET", "/api/agreements", "SOOOOOOHHOO", (w, _, _) => Req($"/api/agreements?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/agreements/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/agreements/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/agreements/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/agreements/{w.Agreement}")),
        new("GET", "/api/agreements/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/agreements/{w.Agreement}/history")),
        new("POST", "/api/agreements", "SFOOFFFFOOO", async (w, p, _) =>
        {
            // Each province signs with partners of its own register.
            var partner = p == Persona.OtherProvince ? (await TestData.CreatePartnerAsync(w.Client(p))).Id : w.Partner;
            return new("/api/agreements", Body(TestData.Agreement(partner)));
        }),
        new("PUT", "/api/agreements/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewAgreementAsync();
            var input = (await w.GetAsync<AgreementDetails>(Persona.Officer, $"/api/agreements/{id}")).ToInput();
            return new($"/api/agreements/{id}", Body(input));
        }),
        new("POST", "/api/agreements/{id:int}/status", "SFOOFFFNNOO", async (w, _, _) => new(
            $"/api/agreements/{await w.NewAgreementAsync()}/status", Body(new AgreementStatusInput { To = AgreementStatus.Consulting }))),
        new("POST", "/api/agreements/{id:int}/events", "SFOOFFFNNOO", async (w, _, _) => new(
            $"/api/agreements/{await w.NewSignedAgreementAsync()}/events",
            Body(new AgreementEventInput { Kind = AgreementEventKind.Amended, OccurredOn = new DateOnly(2025, 6, 1), Note = "Annex 2" }))),
        new("POST", "/api/agreements/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/agreements/{await w.NewAgreementAsync()}/archive")),
        new("POST", "/api/agreements/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/agreements/{await w.NewAgreementAsync(archived: true)}/restore")),
        new("GET", "/agreements", "SOOOOOOHHOO", (w, _, _) => Req($"/agreements?q={w.SharedMarker}", marker: $"href=\"/agreements/{w.Agreement}\"")),
        new("GET", "/agreements/new", "SFOOFFFFOOO", (_, _, _) => Req("/agreements/new")),
        new("GET", "/agreements/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/agreements/{w.Agreement}")),
        new("GET", "/agreements/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/agreements/{w.Agreement}/edit")),

        // Activities: like delegations
        new("GET", "/api/activities", "SOOOOHOHHOO", (w, _, _) => Req($"/api/activities?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/activities/export.csv", "SOOOOHOHHOO", (w, _, _) => Req($"/api/activities/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/activities/{id:int}", "SOOOONONNOO", (w, _, _) => Req($"/api/activities/{w.Activity}")),
        new("GET", "/api/activities/{id:int}/history", "SOOOONONNOO", (w, _, _) => Req($"/api/activities/{w.Activity}/history")),
        new("POST", "/api/activities", "SFOOOOFFOOO", (_, _, _) => Req("/api/activities", Body(TestData.Activity()))),
        new("PUT", "/api/activities/{id:int}", "SFOOONFNNOO", async (w, _, _) =>
        {
            var id = await w.NewActivityAsync();
            var input = (await w.GetAsync<ActivityDetails>(Persona.Unit, $"/api/activities/{id}")).ToInput();
            return new($"/api/activities/{id}", Body(input));
        }),
        new("POST", "/api/activities/{id:int}/archive", "SFOOONFNNOO", async (w, _, _) => new($"/api/activities/{await w.NewActivityAsync()}/archive")),
        new("POST", "/api/activities/{id:int}/restore", "SFOOONFNNOO", async (w, _, _) => new($"/api/activities/{await w.NewActivityAsync(archived: true)}/restore")),
        new("GET", "/activities", "SOOOOHOHHOO", (w, _, _) => Req($"/activities?q={w.SharedMarker}", marker: $"href=\"/activities/{w.Activity}\"")),
        new("GET", "/activities/new", "SFOOOOFFOOO", (_, _, _) => Req("/activities/new")),
        new("GET", "/activities/{Id:int}", "SOOOONONNOO", (w, _, _) => Req($"/activities/{w.Activity}")),
        new("GET", "/activities/{Id:int}/edit", "SFOOONFFNOO", (w, _, _) => Req($"/activities/{w.Activity}/edit")),

        // Aid projects: kept like the register; the IATI files go with reading
        new("GET", "/api/aid", "SOOOOOOHHOO", (w, _, _) => Req($"/api/aid?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/aid/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/aid/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/aid/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/aid/{w.Aid}")),
        new("GET", "/api/aid/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/aid/{w.Aid}/history")),
        new("GET", "/api/aid/{id:int}/iati.xml", "SOOOOOONNOO", (w, _, _) => Req($"/api/aid/{w.Aid}/iati.xml")),
        // Those who can't see the province's aid get a file without it, or "nothing to export" when they see none at all.
        new("GET", "/api/aid/iati.xml", "SOOOOOOHHOO", (w, _, _) => Req("/api/aid/iati.xml", marker: w.SharedMarker)),
        new("POST", "/api/aid/iati/preview", "SFOOFFFFOOO", (_, _, _) => Req("/api/aid/iati/preview", Iati())),
        new("POST", "/api/aid/iati/import", "SFOOFFFFOOO", (_, _, _) => Req("/api/aid/iati/import", Iati())),
        new("GET", "/aid/import", "SFOOFFFFOOO", (_, _, _) => Req("/aid/import")),
        new("POST", "/api/aid", "SFOOFFFFOOO", async (w, p, _) =>
        {
            var donor = p == Persona.OtherProvince ? (await TestData.CreatePartnerAsync(w.Client(p))).Id : w.Partner;
            return new("/api/aid", Body(TestData.AidProject(donor)));
        }),
        new("PUT", "/api/aid/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewAidAsync();
            var input = (await w.GetAsync<Liaison.Web.Features.Aid.AidProjectDetails>(Persona.Officer, $"/api/aid/{id}")).ToInput();
            return new($"/api/aid/{id}", Body(input));
        }),
        new("POST", "/api/aid/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/aid/{await w.NewAidAsync()}/archive")),
        new("POST", "/api/aid/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/aid/{await w.NewAidAsync(archived: true)}/restore")),
        // Every aid project the probes make names the shared partner, so the shared one is found by its title, first in reverse order.
        new("GET", "/aid", "SOOOOOOHHOO", (w, _, _) => Req($"/aid?q={w.SharedMarker}&sort=title&desc=true", marker: $"href=\"/aid/{w.Aid}\"")),
        new("GET", "/aid/new", "SFOOFFFFOOO", (_, _, _) => Req("/aid/new")),
        new("GET", "/aid/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/aid/{w.Aid}")),
        new("GET", "/aid/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/aid/{w.Aid}/edit")),

        // Investment projects: kept like the register
        new("GET", "/api/investments", "SOOOOOOHHOO", (w, _, _) => Req($"/api/investments?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/investments/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/investments/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/investments/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/investments/{w.Investment}")),
        new("GET", "/api/investments/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/investments/{w.Investment}/history")),
        new("POST", "/api/investments", "SFOOFFFFOOO", async (w, p, _) =>
        {
            var investor = p == Persona.OtherProvince ? (await TestData.CreatePartnerAsync(w.Client(p))).Id : w.Partner;
            return new("/api/investments", Body(AccessWorld.Investing(investor, "new")));
        }),
        new("PUT", "/api/investments/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewInvestmentAsync();
            var input = (await w.GetAsync<Liaison.Web.Features.Investment.InvestmentDetails>(Persona.Officer, $"/api/investments/{id}")).ToInput();
            return new($"/api/investments/{id}", Body(input));
        }),
        new("POST", "/api/investments/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/investments/{await w.NewInvestmentAsync()}/archive")),
        new("POST", "/api/investments/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/investments/{await w.NewInvestmentAsync(archived: true)}/restore")),
        new("GET", "/investments", "SOOOOOOHHOO", (w, _, _) => Req($"/investments?q={w.SharedMarker}", marker: $"href=\"/investments/{w.Investment}\"")),
        new("GET", "/investments/new", "SFOOFFFFOOO", (_, _, _) => Req("/investments/new")),
        new("GET", "/investments/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/investments/{w.Investment}")),
        new("GET", "/investments/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/investments/{w.Investment}/edit")),

        // Trade figures: kept like the register
        new("GET", "/api/trade", "SOOOOOOHHOO", (w, _, _) => Req($"/api/trade?q={w.SharedMarker}", marker: $"\"id\":{w.Trade},")),
        new("GET", "/api/trade/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/trade/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/trade/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/trade/{w.Trade}")),
        new("GET", "/api/trade/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/trade/{w.Trade}/history")),
        new("POST", "/api/trade", "SFOOFFFFOOO", (_, _, _) => Req("/api/trade", Body(AccessWorld.Trading("new")))),
        new("PUT", "/api/trade/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewTradeAsync();
            var input = (await w.GetAsync<Liaison.Web.Features.Trade.TradeDetails>(Persona.Officer, $"/api/trade/{id}")).ToInput();
            return new($"/api/trade/{id}", Body(input));
        }),
        new("POST", "/api/trade/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/trade/{await w.NewTradeAsync()}/archive")),
        new("POST", "/api/trade/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/trade/{await w.NewTradeAsync(archived: true)}/restore")),
        new("GET", "/trade", "SOOOOOOHHOO", (w, _, _) => Req($"/trade?q={w.SharedMarker}", marker: $"href=\"/trade/{w.Trade}\"")),
        new("GET", "/trade/new", "SFOOFFFFOOO", (_, _, _) => Req("/trade/new")),
        new("GET", "/trade/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/trade/{w.Trade}")),
        new("GET", "/trade/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/trade/{w.Trade}/edit")),

        // Labour programmes: kept like the register
        new("GET", "/api/labour", "SOOOOOOHHOO", (w, _, _) => Req($"/api/labour?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/labour/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/labour/{w.Labour}")),
        new("GET", "/api/labour/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/labour/{w.Labour}/history")),
        new("POST", "/api/labour", "SFOOFFFFOOO", async (w, p, _) =>
        {
            var partner = p == Persona.OtherProvince ? (await TestData.CreatePartnerAsync(w.Client(p))).Id : w.Partner;
            return new("/api/labour", Body(AccessWorld.Employing(partner, "new")));
        }),
        new("PUT", "/api/labour/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewLabourAsync();
            var input = (await w.GetAsync<Liaison.Web.Features.Labour.LabourDetails>(Persona.Officer, $"/api/labour/{id}")).ToInput();
            return new($"/api/labour/{id}", Body(input));
        }),
        new("POST", "/api/labour/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/labour/{await w.NewLabourAsync()}/archive")),
        new("POST", "/api/labour/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/labour/{await w.NewLabourAsync(archived: true)}/restore")),
        new("GET", "/api/labour/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/labour/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/labour", "SOOOOOOHHOO", (w, _, _) => Req($"/labour?q={w.SharedMarker}", marker: $"href=\"/labour/{w.Labour}\"")),
        new("GET", "/labour/new", "SFOOFFFFOOO", (_, _, _) => Req("/labour/new")),
        new("GET", "/labour/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/labour/{w.Labour}")),
        new("GET", "/labour/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/labour/{w.Labour}/edit")),

        // Any record: archive and restore pages, history page
        new("GET", "/records/{Area}/{Id:int}/archive", "SFOOONFNNOO", (w, _, _) => Req($"/records/delegations/{w.Delegation}/archive"), "a delegation"),
        new("GET", "/records/{Area}/{Id:int}/archive", "SFOOFFFNNOO", (w, _, _) => Req($"/records/partners/{w.Partner}/archive"), "a partner"),
        new("GET", "/records/{Area}/{Id:int}/restore", "SFOOONFNNOO", async (w, _, _) => new($"/records/activities/{await w.NewActivityAsync(archived: true)}/restore")),
        new("GET", "/records/{Area}/{Id:int}/history", "SOOOONONNOO", (w, _, _) => Req($"/records/delegations/{w.Delegation}/history"), "a delegation"),
        new("GET", "/records/{Area}/{Id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/records/agreements/{w.Agreement}/history"), "an agreement"),

        // Files: read with the record, attached by whoever may change it
        new("GET", "/api/{area:regex(^(partners|delegations|agreements|activities|aid|investments)$)}/{id:int}/attachments", "SOOOONONNOO",
            (w, _, _) => Req($"/api/delegations/{w.Delegation}/attachments"), "of a delegation"),
        new("GET", "/api/{area:regex(^(partners|delegations|agreements|activities|aid|investments)$)}/{id:int}/attachments", "SOOOOOONNOO",
            (w, _, _) => Req($"/api/partners/{w.Partner}/attachments"), "of a partner"),
        new("POST", "/api/{area:regex(^(partners|delegations|agreements|activities|aid|investments)$)}/{id:int}/attachments", "SFOOONFNNOO",
            (w, _, _) => Req($"/api/delegations/{w.Delegation}/attachments", AccessWorld.Upload()), "to a delegation"),
        new("POST", "/api/{area:regex(^(partners|delegations|agreements|activities|aid|investments)$)}/{id:int}/attachments", "SFOOFFFNNOO",
            (w, _, _) => Req($"/api/partners/{w.Partner}/attachments", AccessWorld.Upload()), "to a partner"),
        new("GET", "/api/attachments/{id:int}/content", "SOOOONONNOO", (w, _, _) => Req($"/api/attachments/{w.DelegationFile}/content"), "of a delegation"),
        new("GET", "/api/attachments/{id:int}/content", "SOOOOOONNOO", (w, _, _) => Req($"/api/attachments/{w.PartnerFile}/content"), "of a partner"),
        new("POST", "/api/attachments/{id:int}/archive", "SFOOONFNNOO", async (w, _, _) =>
            new($"/api/attachments/{await w.NewFileAsync("delegations", w.Delegation, Persona.Unit)}/archive")),
        new("POST", "/api/attachments/{id:int}/restore", "SFOOONFNNOO", async (w, _, _) =>
            new($"/api/attachments/{await w.NewFileAsync("delegations", w.Delegation, Persona.Unit, archived: true)}/restore")),
        new("POST", "/records/{area}/{id:int}/attachments", "SFOOONFNNOO", async (w, _, client) =>
            new($"/records/delegations/{w.Delegation}/attachments", AccessWorld.Upload(await AccessWorld.FormTokenAsync(client)))),

        // Exchange rates: read by everyone, kept by administrators
        new("GET", "/api/exchange-rates", "SOOOOOOOOOO", (_, _, _) => Req("/api/exchange-rates")),
        new("GET", "/api/exchange-rates/export.csv", "SOOOOOOOOOO", (_, _, _) => Req("/api/exchange-rates/export.csv", marker: "date,currency,dong_per_unit")),
        new("GET", "/exchange-rates", "SOOOOOOOOOO", (_, _, _) => Req("/exchange-rates")),
        new("POST", "/api/exchange-rates", "SFFFFFFOFFF", (_, _, _) => Req("/api/exchange-rates",
            Body(new Liaison.Web.Features.Money.ExchangeRateInput { CurrencyCode = "CHF", Date = new DateOnly(2039, 1, 1), DongPerUnit = 29000 }))),
        new("POST", "/api/exchange-rates/import", "SFFFFFFOFFF", (_, _, _) => Req("/api/exchange-rates/import",
            new StringContent("date,currency,dong_per_unit\n2039-01-02,CHF,29100\n", System.Text.Encoding.UTF8, "text/csv"))),

        // Cooperation mechanisms: shared by their member provinces (here the home province only), kept like the register
        new("GET", "/api/mechanisms", "SOOOOOOHHOO", (w, _, _) => Req($"/api/mechanisms?q={w.SharedMarker}", marker: $"\"id\":{w.Mechanism},")),
        new("GET", "/api/mechanisms/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/mechanisms/{w.Mechanism}")),
        new("POST", "/api/mechanisms", "SFOOFFFFOOO", (w, _, _) => Req("/api/mechanisms", Body(w.Convening("new", w.HomeProvinceId, w.ElsewhereProvinceId)))),
        new("PUT", "/api/mechanisms/{id:int}", "SFOOFFFFNOO", async (w, _, _) =>
        {
            var id = await w.NewMechanismAsync();
            return new($"/api/mechanisms/{id}", Body((await w.GetAsync<Liaison.Web.Features.Mechanisms.MechanismDetails>(Persona.Officer, $"/api/mechanisms/{id}")).ToInput()));
        }),
        new("POST", "/api/mechanisms/{id:int}/sessions", "SFOOFFFFNOO", async (w, _, _) => new($"/api/mechanisms/{await w.NewMechanismAsync()}/sessions", Body(w.Meeting()))),
        new("GET", "/api/sessions/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/sessions/{w.Session}")),
        new("PUT", "/api/sessions/{id:int}", "SFOOFFFFNOO", async (w, _, _) =>
        {
            var id = await w.NewSessionAsync(w.Mechanism);
            return new($"/api/sessions/{id}", Body((await w.GetAsync<Liaison.Web.Features.Mechanisms.SessionDetails>(Persona.Officer, $"/api/sessions/{id}")).ToInput()));
        }),
        new("GET", "/api/mechanisms/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/mechanisms/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/commitments", "SOOOOOOHHOO", (w, _, _) => Req($"/api/commitments?mechanismId={w.Mechanism}", marker: $"Commitment {w.Marker}")),
        new("GET", "/api/commitments/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/commitments/export.csv?mechanismId={w.Mechanism}", marker: $"Commitment {w.Marker}")),
        new("GET", "/commitments", "SOOOOOOHHOO", (w, _, _) => Req($"/commitments?mechanismId={w.Mechanism}", marker: $"Commitment {w.Marker}")),
        new("GET", "/mechanisms", "SOOOOOOHHOO", (w, _, _) => Req($"/mechanisms?q={w.SharedMarker}", marker: $"href=\"/mechanisms/{w.Mechanism}\"")),
        new("GET", "/mechanisms/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/mechanisms/{w.Mechanism}")),
        new("GET", "/sessions/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/sessions/{w.Session}")),
        new("GET", "/mechanisms/new", "SFOOFFFFOOO", (_, _, _) => Req("/mechanisms/new")),
        new("GET", "/mechanisms/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/mechanisms/{w.Mechanism}/edit")),
        new("GET", "/mechanisms/{MechanismId:int}/sessions/new", "SFOOFFFFNOO", (w, _, _) => Req($"/mechanisms/{w.Mechanism}/sessions/new")),
        new("GET", "/sessions/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/sessions/{w.Session}/edit")),

        // Deadlines: each user's own list; rules and holidays read by all, kept by administrators
        new("GET", "/api/deadlines/due", "SOOOOOOOOOO", (_, _, _) => Req("/api/deadlines/due")),
        new("GET", "/api/deadlines/due/export.csv", "SOOOOOOOOOO", (_, _, _) => Req("/api/deadlines/due/export.csv", marker: "due_date,days_left")),
        new("POST", "/api/deadlines/done", "SFOONNFFNOO", async (w, _, _) => new("/api/deadlines/done", Body(new { key = await w.NewDueItemKeyAsync() }))),
        new("POST", "/api/deadlines/done/undo", "SFOONNFFNOO", async (w, _, _) => new("/api/deadlines/done/undo", Body(new { key = await w.NewDoneMarkAsync() }))),
        new("GET", "/api/deadline-rules", "SOOOOOOOOOO", (_, _, _) => Req("/api/deadline-rules")),
        new("GET", "/api/deadline-rules/export.csv", "SOOOOOOOOOO", (_, _, _) => Req("/api/deadline-rules/export.csv", marker: "legal_basis")),
        new("POST", "/api/deadline-rules", "SFFFFFFOFFF", (_, _, _) => Req("/api/deadline-rules", Body(AccessWorld.QuietRule()))),
        new("PUT", "/api/deadline-rules/{id:int}", "SFFFFFFOFFF", async (w, _, _) => new($"/api/deadline-rules/{await w.NewQuietRuleAsync()}", Body(AccessWorld.QuietRule(version: 1)))),
        new("GET", "/api/holidays", "SOOOOOOOOOO", (_, _, _) => Req("/api/holidays?year=2026")),
        new("GET", "/api/holidays/export.csv", "SOOOOOOOOOO", (_, _, _) => Req("/api/holidays/export.csv?year=2026")),
        new("POST", "/api/holidays", "SFFFFFFOFFF", (_, _, _) => Req("/api/holidays", Body(new { date = AccessWorld.NewHolidayDate(), name = "Probe day" }))),
        new("DELETE", "/api/holidays/{id:int}", "SFFFFFFOFFF", async (w, _, _) => new($"/api/holidays/{await w.NewHolidayAsync()}")),
        new("POST", "/api/account/calendar-feed", "SOOOOOOOOOO", (_, _, _) => Req("/api/account/calendar-feed")),
        new("DELETE", "/api/account/calendar-feed", "SOOOOOOOOOO", (_, _, _) => Req("/api/account/calendar-feed")),
        new("GET", "/calendar/{token}.ics", "OOOOOOOOOOO", async (w, _, _) => new(await w.NewCalendarPathAsync(), null, "BEGIN:VCALENDAR")),
        new("GET", "/due", "SOOOOOOOOOO", (_, _, _) => Req("/due")),
        new("GET", "/admin/deadline-rules", "SFFFFFFOFFF", (_, _, _) => Req("/admin/deadline-rules")),
        new("GET", "/admin/deadline-rules/new", "SFFFFFFOFFF", (_, _, _) => Req("/admin/deadline-rules/new")),
        new("GET", "/admin/deadline-rules/{Id:int}/edit", "SFFFFFFOFFF", async (w, _, _) => new($"/admin/deadline-rules/{await w.NewQuietRuleAsync()}/edit")),
        new("GET", "/admin/holidays", "SOOOOOOOOOO", (_, _, _) => Req("/admin/holidays")),
        new("GET", "/account/calendar", "SOOOOOOOOOO", (_, _, _) => Req("/account/calendar")),

        // Border affairs: gates and twinned villages are the register; incidents answer only the border officer
        new("GET", "/api/border/gates", "SOOOOOOHHOO", (w, _, _) => Req($"/api/border/gates?q={w.SharedMarker}", marker: $"\"id\":{w.Gate},")),
        new("GET", "/api/border/gates/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/border/gates/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/border/villages/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/border/villages/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/border/incidents/export.csv", "SFFFFFFFFOF", (w, _, _) => Req($"/api/border/incidents/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/border/gates/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/border/gates/{w.Gate}")),
        new("GET", "/api/border/gates/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/border/gates/{w.Gate}/history")),
        new("POST", "/api/border/gates", "SFOOFFFFOOO", (_, _, _) => Req("/api/border/gates", Body(AccessWorld.Gating("new")))),
        new("PUT", "/api/border/gates/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewGateAsync();
            return new($"/api/border/gates/{id}", Body((await w.GetAsync<Liaison.Web.Features.Border.BorderGateDetails>(Persona.Officer, $"/api/border/gates/{id}")).ToInput()));
        }),
        new("POST", "/api/border/gates/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/border/gates/{await w.NewGateAsync()}/archive")),
        new("POST", "/api/border/gates/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/border/gates/{await w.NewGateAsync(archived: true)}/restore")),
        new("GET", "/api/border/villages", "SOOOOOOHHOO", (w, _, _) => Req($"/api/border/villages?q={w.SharedMarker}", marker: $"\"id\":{w.VillagePair},")),
        new("GET", "/api/border/villages/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/border/villages/{w.VillagePair}")),
        new("GET", "/api/border/villages/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/border/villages/{w.VillagePair}/history")),
        new("POST", "/api/border/villages", "SFOOFFFFOOO", (_, _, _) => Req("/api/border/villages", Body(AccessWorld.Pairing("new")))),
        new("PUT", "/api/border/villages/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewVillagePairAsync();
            return new($"/api/border/villages/{id}", Body((await w.GetAsync<Liaison.Web.Features.Border.VillagePairDetails>(Persona.Officer, $"/api/border/villages/{id}")).ToInput()));
        }),
        new("POST", "/api/border/villages/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/border/villages/{await w.NewVillagePairAsync()}/archive")),
        new("POST", "/api/border/villages/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/border/villages/{await w.NewVillagePairAsync(archived: true)}/restore")),
        new("GET", "/api/border/incidents", "SFFFFFFFFOF", (w, _, _) => Req($"/api/border/incidents?q={w.SharedMarker}", marker: $"\"id\":{w.Incident},")),
        new("GET", "/api/border/incidents/{id:int}", "SFFFFFFFFOF", (w, _, _) => Req($"/api/border/incidents/{w.Incident}")),
        new("GET", "/api/border/incidents/{id:int}/history", "SFFFFFFFFOF", (w, _, _) => Req($"/api/border/incidents/{w.Incident}/history")),
        new("POST", "/api/border/incidents", "SFFFFFFFFOF", (_, _, _) => Req("/api/border/incidents", Body(AccessWorld.Incidenting("new")))),
        new("PUT", "/api/border/incidents/{id:int}", "SFFFFFFFFOF", async (w, _, _) =>
        {
            var id = await w.NewIncidentAsync();
            return new($"/api/border/incidents/{id}", Body((await w.GetAsync<Liaison.Web.Features.Border.BorderIncidentDetails>(Persona.BorderOfficer, $"/api/border/incidents/{id}")).ToInput()));
        }),
        new("POST", "/api/border/incidents/{id:int}/archive", "SFFFFFFFFOF", async (w, _, _) => new($"/api/border/incidents/{await w.NewIncidentAsync()}/archive")),
        new("POST", "/api/border/incidents/{id:int}/restore", "SFFFFFFFFOF", async (w, _, _) => new($"/api/border/incidents/{await w.NewIncidentAsync(archived: true)}/restore")),

        new("GET", "/gates", "SOOOOOOHHOO", (w, _, _) => Req($"/gates?q={w.SharedMarker}", marker: $"href=\"/gates/{w.Gate}\"")),
        new("GET", "/gates/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/gates/{w.Gate}")),
        new("GET", "/gates/new", "SFOOFFFFOOO", (_, _, _) => Req("/gates/new")),
        new("GET", "/gates/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/gates/{w.Gate}/edit")),
        new("GET", "/villages", "SOOOOOOHHOO", (w, _, _) => Req($"/villages?q={w.SharedMarker}", marker: $"href=\"/villages/{w.VillagePair}\"")),
        new("GET", "/villages/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/villages/{w.VillagePair}")),
        new("GET", "/villages/new", "SFOOFFFFOOO", (_, _, _) => Req("/villages/new")),
        new("GET", "/villages/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/villages/{w.VillagePair}/edit")),
        // Citizen protection (ADR 0017): every reader of the province counts the cases; only the case officer opens a file or exports its people.
        new("GET", "/api/cases", "SOOOOOOHHOO", (w, _, _) => Req($"/api/cases?gateId={w.Gate}&pageSize=200", marker: $"\"id\":{w.Case},")),
        new("GET", "/api/cases/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/cases/export.csv?gateId={w.Gate}", marker: w.SharedMarker)),
        new("GET", "/api/cases/export.csv", "SFFFFFFFFFO", (w, _, _) => Req($"/api/cases/export.csv?gateId={w.Gate}&people=true", marker: "Matrix Person"), Variant: "with people"),
        new("GET", "/api/cases/{id:int}", "SFFFFFFFFFO", (w, _, _) => Req($"/api/cases/{w.Case}", marker: "Matrix Person")),
        new("GET", "/api/cases/{id:int}/history", "SFFFFFFFFFO", (w, _, _) => Req($"/api/cases/{w.Case}/history")),
        new("POST", "/api/cases", "SFFFFFFFFFO", async (w, _, _) => new("/api/cases", Body(await w.CaseInputAsync(await w.NewCaseAsync())))),
        new("PUT", "/api/cases/{id:int}", "SFFFFFFFFFO", async (w, _, _) =>
        {
            var id = await w.NewCaseAsync();
            return new($"/api/cases/{id}", Body(await w.CaseInputAsync(id)));
        }),
        new("POST", "/api/cases/{id:int}/archive", "SFFFFFFFFFO", async (w, _, _) => new($"/api/cases/{await w.NewCaseAsync()}/archive")),
        new("POST", "/api/cases/{id:int}/restore", "SFFFFFFFFFO", async (w, _, _) => new($"/api/cases/{await w.NewCaseAsync(archived: true)}/restore")),
        new("GET", "/cases", "SOOOOOOHHOO", (w, _, _) => Req($"/cases?gateId={w.Gate}", marker: w.SharedMarker)),
        new("GET", "/cases/{Id:int}", "SFFFFFFFFFO", (w, _, _) => Req($"/cases/{w.Case}", marker: "Matrix Person")),
        new("GET", "/cases/new", "SFFFFFFFFFO", (_, _, _) => Req("/cases/new")),
        new("GET", "/cases/{Id:int}/edit", "SFFFFFFFFFO", (w, _, _) => Req($"/cases/{w.Case}/edit")),
        // APEC business travel cards: the register, kept by leaders and officers, read by the province and the ministry.
        new("GET", "/api/apec", "SOOOOOOHHOO", (w, _, _) => Req($"/api/apec?q={w.SharedMarker}", marker: $"\"id\":{w.Apec},")),
        new("GET", "/api/apec/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/apec/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/apec/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/apec/{w.Apec}")),
        new("GET", "/api/apec/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/apec/{w.Apec}/history")),
        new("POST", "/api/apec", "SFOOFFFFOOO", (_, _, _) => Req("/api/apec", Body(AccessWorld.Applying("new")))),
        new("PUT", "/api/apec/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewApecAsync();
            return new($"/api/apec/{id}", Body((await w.GetAsync<Liaison.Web.Features.Apec.ApecApplicationDetails>(Persona.Officer, $"/api/apec/{id}")).ToInput()));
        }),
        new("POST", "/api/apec/{id:int}/step", "SFOOFFFNNOO", async (w, _, _) => new($"/api/apec/{await w.NewApecAsync()}/step",
            Body(new Liaison.Web.Features.Apec.ApecStepInput { To = Liaison.Web.Features.Apec.ApecStep.Appraised, OccurredOn = new DateOnly(2025, 5, 6) }))),
        new("POST", "/api/apec/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/apec/{await w.NewApecAsync()}/archive")),
        new("POST", "/api/apec/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/apec/{await w.NewApecAsync(archived: true)}/restore")),
        new("GET", "/apec", "SOOOOOOHHOO", (w, _, _) => Req($"/apec?q={w.SharedMarker}", marker: $"href=\"/apec/{w.Apec}\"")),
        new("GET", "/apec/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/apec/{w.Apec}")),
        new("GET", "/apec/new", "SFOOFFFFOOO", (_, _, _) => Req("/apec/new")),
        new("GET", "/apec/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/apec/{w.Apec}/edit")),
        // Foreign NGOs: the register, kept by leaders and officers, read by the province and the ministry.
        new("GET", "/api/ngos", "SOOOOOOHHOO", (w, _, _) => Req($"/api/ngos?q={w.SharedMarker}", marker: $"\"id\":{w.Ngo},")),
        new("GET", "/api/ngos/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/ngos/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/ngos/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/ngos/{w.Ngo}")),
        new("GET", "/api/ngos/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/ngos/{w.Ngo}/history")),
        new("POST", "/api/ngos", "SFOOFFFFBOO", async (w, _, _) => new("/api/ngos", Body(await w.NgoingAsync("new")))),
        new("PUT", "/api/ngos/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewNgoAsync();
            return new($"/api/ngos/{id}", Body((await w.GetAsync<Liaison.Web.Features.Ngos.ForeignNgoDetails>(Persona.Officer, $"/api/ngos/{id}")).ToInput()));
        }),
        new("POST", "/api/ngos/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/ngos/{await w.NewNgoAsync()}/archive")),
        new("POST", "/api/ngos/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/ngos/{await w.NewNgoAsync(archived: true)}/restore")),
        new("GET", "/ngos", "SOOOOOOHHOO", (w, _, _) => Req($"/ngos?q={w.SharedMarker}", marker: $"href=\"/ngos/{w.Ngo}\"")),
        new("GET", "/ngos/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/ngos/{w.Ngo}")),
        new("GET", "/ngos/new", "SFOOFFFFOOO", (_, _, _) => Req("/ngos/new")),
        new("GET", "/ngos/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/ngos/{w.Ngo}/edit")),
        // External information: the register, kept by leaders and officers, read by the province and the ministry.
        new("GET", "/api/information", "SOOOOOOHHOO", (w, _, _) => Req($"/api/information?q={w.SharedMarker}", marker: $"\"id\":{w.Information},")),
        new("GET", "/api/information/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/information/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/information/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/information/{w.Information}")),
        new("GET", "/api/information/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/information/{w.Information}/history")),
        new("POST", "/api/information", "SFOOFFFFOOO", (_, _, _) => Req("/api/information", Body(AccessWorld.Informing("new")))),
        new("PUT", "/api/information/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewInformationAsync();
            return new($"/api/information/{id}", Body((await w.GetAsync<Liaison.Web.Features.ExternalInformation.ExternalInfoDetails>(Persona.Officer, $"/api/information/{id}")).ToInput()));
        }),
        new("POST", "/api/information/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/information/{await w.NewInformationAsync()}/archive")),
        new("POST", "/api/information/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/information/{await w.NewInformationAsync(archived: true)}/restore")),
        new("GET", "/information", "SOOOOOOHHOO", (w, _, _) => Req($"/information?q={w.SharedMarker}", marker: $"href=\"/information/{w.Information}\"")),
        new("GET", "/information/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/information/{w.Information}")),
        new("GET", "/information/new", "SFOOFFFFOOO", (_, _, _) => Req("/information/new")),
        new("GET", "/information/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/information/{w.Information}/edit")),
        // Overseas Vietnamese: the register, kept by leaders and officers, read by the province and the ministry.
        new("GET", "/api/overseas", "SOOOOOOHHOO", (w, _, _) => Req($"/api/overseas?q={w.SharedMarker}", marker: $"\"id\":{w.Overseas},")),
        new("GET", "/api/overseas/export.csv", "SOOOOOOHHOO", (w, _, _) => Req($"/api/overseas/export.csv?q={w.SharedMarker}", marker: w.SharedMarker)),
        new("GET", "/api/overseas/{id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/api/overseas/{w.Overseas}")),
        new("GET", "/api/overseas/{id:int}/history", "SOOOOOONNOO", (w, _, _) => Req($"/api/overseas/{w.Overseas}/history")),
        new("POST", "/api/overseas", "SFOOFFFFOOO", (_, _, _) => Req("/api/overseas", Body(AccessWorld.Abroad("new")))),
        new("PUT", "/api/overseas/{id:int}", "SFOOFFFNNOO", async (w, _, _) =>
        {
            var id = await w.NewOverseasAsync();
            return new($"/api/overseas/{id}", Body((await w.GetAsync<Liaison.Web.Features.Overseas.OverseasContactDetails>(Persona.Officer, $"/api/overseas/{id}")).ToInput()));
        }),
        new("POST", "/api/overseas/{id:int}/archive", "SFOOFFFNNOO", async (w, _, _) => new($"/api/overseas/{await w.NewOverseasAsync()}/archive")),
        new("POST", "/api/overseas/{id:int}/restore", "SFOOFFFNNOO", async (w, _, _) => new($"/api/overseas/{await w.NewOverseasAsync(archived: true)}/restore")),
        new("GET", "/overseas", "SOOOOOOHHOO", (w, _, _) => Req($"/overseas?q={w.SharedMarker}", marker: $"href=\"/overseas/{w.Overseas}\"")),
        new("GET", "/overseas/{Id:int}", "SOOOOOONNOO", (w, _, _) => Req($"/overseas/{w.Overseas}")),
        new("GET", "/overseas/new", "SFOOFFFFOOO", (_, _, _) => Req("/overseas/new")),
        new("GET", "/overseas/{Id:int}/edit", "SFOOFFFFNOO", (w, _, _) => Req($"/overseas/{w.Overseas}/edit")),
        new("GET", "/incidents", "SFFFFFFFFOF", (w, _, _) => Req($"/incidents?q={w.SharedMarker}", marker: $"href=\"/incidents/{w.Incident}\"")),
        new("GET", "/incidents/{Id:int}", "SFFFFFFFFOF", (w, _, _) => Req($"/incidents/{w.Incident}")),
        new("GET", "/incidents/new", "SFFFFFFFFOF", (_, _, _) => Req("/incidents/new")),
        new("GET", "/incidents/{Id:int}/edit", "SFFFFFFFFOF", (w, _, _) => Req($"/incidents/{w.Incident}/edit")),

        // Reports: a province's own, the ministry's of any; the administrator reads no province's records
        new("GET", "/api/reports", "SOOOOOOFOOO", (_, _, _) => Req("/api/reports?from=2024-01-01&to=2025-12-31")),
        new("GET", "/api/reports/report.xlsx", "SOOOOOOFOOO", (_, _, _) => Req("/api/reports/report.xlsx?from=2025-01-01&to=2025-12-31")),
        new("GET", "/api/reports/report.docx", "SOOOOOOFOOO", (_, _, _) => Req("/api/reports/report.docx?from=2025-01-01&to=2025-12-31&language=vi")),
        new("GET", "/api/reports/report.pdf", "SOOOOOOFOOO", (_, _, _) => Req("/api/reports/report.pdf?from=2025-01-01&to=2025-12-31&language=ar")),
        new("GET", "/api/reports/card.png", "SOOOOOOFOOO", (_, _, _) => Req("/api/reports/card.png?from=2025-01-01&to=2025-12-31&language=vi")),
        new("GET", "/reports", "SOOOOOOFOOO", (_, _, _) => Req("/reports?from=2025-01-01&to=2025-12-31")),

        // Import: the province's editors; a unit contributor sees its own uploads only, another province none
        new("GET", "/import", "SFOOOOFFOOO", (_, _, _) => Req("/import")),
        new("GET", "/import/{Id:int}", "SFOONNFFNOO", async (w, _, _) => new($"/import/{await w.NewImportJobAsync()}")),
        new("POST", "/import/{id:int}/run", "SFOONNFFNOO", async (w, _, client) => new(
            $"/import/{await w.NewImportJobAsync()}/run", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await AccessWorld.FormTokenAsync(client), ["action"] = "check" }))),
        new("GET", "/api/imports/types", "SFOOOOFFOOO", (_, _, _) => Req("/api/imports/types")),
        new("GET", "/api/imports/blank/{type}.{format:regex(^(xlsx|csv)$)}", "SFOOOOFFOOO", (_, _, _) => Req("/api/imports/blank/delegations.csv")),
        new("GET", "/api/imports", "SFOOHHFFHOO", async (w, _, _) =>
        {
            await w.NewImportJobAsync();
            return new("/api/imports?pageSize=200", Marker: $"import-{w.Marker}.csv");
        }),
        new("GET", "/api/imports/mappings/{type}", "SFOOOOFFOOO", (_, _, _) => Req("/api/imports/mappings/delegations")),
        new("POST", "/api/imports", "SFOOOOFFOOO", (w, _, _) => Req("/api/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent("Title,Start date\r\nMatrix,2024-01-01\r\n"u8.ToArray()), "file", "matrix.csv" },
            { new StringContent("delegations"), "recordType" },
        })),
        new("GET", "/api/imports/{id:int}", "SFOONNFFNOO", async (w, _, _) => new($"/api/imports/{await w.NewImportJobAsync()}")),
        new("PUT", "/api/imports/{id:int}/mapping", "SFOONNFFNOO", async (w, _, _) => new($"/api/imports/{await w.NewImportJobAsync()}/mapping", Body(new Liaison.Web.Features.Import.ImportMappingInput
        {
            Columns = new() { ["direction"] = 0, ["title"] = 1, ["purpose"] = 2, ["startDate"] = 3, ["endDate"] = 4, ["level"] = 5, ["memberCount"] = 6, ["countries"] = 7, ["fundingSource"] = 8 },
        }))),
        new("POST", "/api/imports/{id:int}/check", "SFOONNFFNOO", async (w, _, _) => new($"/api/imports/{await w.NewImportJobAsync()}/check")),
        new("POST", "/api/imports/{id:int}/commit", "SFOONNFFNOO", async (w, _, _) => new($"/api/imports/{await w.NewImportJobAsync(check: true)}/commit")),

        // Administration: users and the audit trail, administrators only
        new("GET", "/admin/users", "SFFFFFFOFFF", (_, _, _) => Req("/admin/users")),
        new("GET", "/api/users/export.csv", "SFFFFFFOFFF", (_, _, _) => Req("/api/users/export.csv", marker: "email,name,role")),
        new("GET", "/admin/users/new", "SFFFFFFOFFF", (_, _, _) => Req("/admin/users/new")),
        new("GET", "/admin/users/{Id}", "SFFFFFFOFFF", async (w, _, _) => new($"/admin/users/{await w.UserIdAsync(Persona.Officer)}")),
        new("GET", "/admin/audit", "SFFFFFFOFFF", (_, _, _) => Req("/admin/audit")),
        new("GET", "/api/audit", "SFFFFFFOFFF", (_, _, _) => Req("/api/audit?pageSize=1")),
        new("GET", "/api/audit/export.csv", "SFFFFFFOFFF", (_, _, _) => Req("/api/audit/export.csv?entityType=Partner", marker: "sequence,at,user")),
        new("GET", "/api/audit/verify", "SFFFFFFOFFF", (_, _, _) => Req("/api/audit/verify")),
        new("GET", "/api/audit/archived", "SFFFFFFOFFF", (_, _, _) => Req("/api/audit/archived")),
        new("GET", "/api/audit/archived/export.csv", "SFFFFFFOFFF", (_, _, _) => Req("/api/audit/archived/export.csv", marker: "area,id,title")),
        new("GET", "/admin/archived", "SFFFFFFOFFF", (_, _, _) => Req("/admin/archived")),
        new("GET", "/admin/archived/{Area}/{Id:int}/purge", "SFFFFFFOFFF", async (w, _, _) => new($"/admin/archived/partners/{await w.NewPartnerAsync(archived: true)}/purge")),
        new("DELETE", "/api/audit/records/{area}/{id:int}", "SFFFFFFOFFF", async (w, _, _) => new($"/api/audit/records/partners/{await w.NewPartnerAsync(archived: true)}")),
    ];

    public static TheoryData<string, Persona> Cells
    {
        get
        {
            var cells = new TheoryData<string, Persona>();
            foreach (var probe in Table)
            {
                foreach (var persona in Enum.GetValues<Persona>())
                {
                    cells.Add(probe.Name, persona);
                }
            }

            return cells;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachPersona_GetsWhatItsRoleAllows(string probeName, Persona persona)
    {
        var probe = Table.Single(p => p.Name == probeName);
        var world = await AccessWorld.ForAsync(App);
        var client = probe.Fresh ? await world.FreshClientAsync(persona) : world.Client(persona);
        var request = await probe.Prepare(world, persona, client);

        using var message = new HttpRequestMessage(new HttpMethod(probe.Method), request.Url) { Content = request.Body };
        var response = await client.SendAsync(message, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        var expected = probe.Expect[(int)persona];
        var actual = Classify(response, body, request.Marker);
        Assert.True(expected == actual, $"{probe.Name} as {persona}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location}): {Shorten(body)}");
    }

    [Fact]
    public void EveryEndpointOfTheApplication_IsInTheTable()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText!)
            .Select(route => "/" + route.Trim('/'))
            .ToHashSet(StringComparer.Ordinal);
        var probed = Table.Select(p => p.Route).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([], endpoints.Except(probed).Order(StringComparer.Ordinal));
        Assert.Equal([], probed.Except(endpoints).Order(StringComparer.Ordinal));
    }

    private static char Classify(HttpResponseMessage response, string body, string? marker)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => 'S',
            HttpStatusCode.Forbidden => 'F',
            HttpStatusCode.NotFound => 'N',
            HttpStatusCode.BadRequest => 'B',
            HttpStatusCode.Conflict when marker is not null => 'H', // nothing of theirs to show: hidden all the same
            // The sign-in page with a way back is the challenge; signing out also ends there, without one.
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther when location.Contains("/account/login?ReturnUrl=", StringComparison.Ordinal) => 'S',
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther when location.Contains("/account/denied", StringComparison.Ordinal) => 'F',
            _ when (int)response.StatusCode is >= 200 and < 400 => marker is null || body.Contains(marker, StringComparison.Ordinal) ? 'O' : 'H',
            _ => '?',
        };
    }

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;

    /// <summary>A one-activity IATI file, a new identifier each time, with what the import needs.</summary>
    private static StringContent Iati() => new($"""
        <iati-activities version="2.03"><iati-activity default-currency="USD">
          <iati-identifier>XM-TEST-{Guid.NewGuid():N}</iati-identifier>
          <title><narrative>Matrix import</narrative></title>
          <participating-org role="1"><narrative>UNICEF</narrative></participating-org>
          <activity-date type="1" iso-date="2024-01-01"/>
        </iati-activity></iati-activities>
        """, System.Text.Encoding.UTF8, "application/xml");

    private static JsonContent Body(object value) => JsonContent.Create(value, value.GetType(), options: AppTests.Json);

    private static Task<ProbeRequest> Req(string url, HttpContent? body = null, string? marker = null) =>
        Task.FromResult(new ProbeRequest(url, body, marker));

    /// <param name="Route">The endpoint's route pattern, exactly as the application declares it.</param>
    /// <param name="Expect">One letter per <see cref="Persona"/>, in its order.</param>
    /// <param name="Prepare">Makes what the probe needs and says what to send; it gets the persona's client, to read a form's token.</param>
    /// <param name="Variant">Tells apart probes of one route (a partner's files and a delegation's).</param>
    /// <param name="Fresh">Send on a new session of the persona: the probe signs in or out.</param>
    private sealed record Probe(string Method, string Route, string Expect, Func<AccessWorld, Persona, HttpClient, Task<ProbeRequest>> Prepare, string? Variant = null, bool Fresh = false)
    {
        public string Name => Variant is null ? $"{Method} {Route}" : $"{Method} {Route} ({Variant})";
    }

    /// <param name="Marker">Text that an allowed reader finds in the response, and a reader it is hidden from doesn't.</param>
    private sealed record ProbeRequest(string Url, HttpContent? Body = null, string? Marker = null);
}

public sealed class AccessMatrixTests_Sqlite(SqliteApp app) : AccessMatrixTests(app);

public sealed class AccessMatrixTests_Postgres(PostgresApp app) : AccessMatrixTests(app);
