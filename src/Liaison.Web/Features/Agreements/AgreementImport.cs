using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

/// <summary>
/// Agreements from a spreadsheet, through the form's input and checks. A row is the same agreement as an
/// existing one when title and signing date agree; the same partner signing on the same day, or the same
/// title spelt otherwise, is flagged as a likely duplicate. Registers list agreements already signed, so a
/// row may give the status (Signed, In force, Expired…); without one it is proposed, as in the form.
/// </summary>
public sealed class AgreementImport : ImportRecordType
{
    public override string Key => "agreements";

    public override string Title => "Agreements";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("kind", nameof(AgreementInput.Kind), true, "Agreement, Memorandum of understanding, Minutes, Letter of intent, Cooperation programme…", ["Kind", "Type"], ["Loại", "Loại văn bản"], ["النوع"]),
        Field("title", nameof(AgreementInput.Title), true, "Text", ["Title", "Agreement"], ["Tên văn bản", "Tên thỏa thuận", "Tiêu đề"], ["العنوان"]),
        Field("partners", nameof(AgreementInput.PartnerIds), true, "Partner names from your register, separated by semicolons", ["Partners", "Foreign partner", "Partner"], ["Đối tác", "Đối tác nước ngoài"], ["الشركاء", "الشريك"]),
        Field("domesticParty", nameof(AgreementInput.DomesticParties), true, "The Vietnamese party's name (the province, a department or a commune)", ["Vietnamese party", "Domestic party", "Signed by"], ["Bên Việt Nam", "Cơ quan ký"], ["الطرف الفيتنامي"]),
        Field("domesticPartyKind", nameof(AgreementInput.DomesticParties), false, "Province (the default), Department, Commune or Other unit", ["Vietnamese party kind"], ["Cấp ký"], ["نوع الطرف الفيتنامي"]),
        Field("fields", nameof(AgreementInput.FieldCodes), false, "Fields of cooperation by name or code, separated by semicolons", ["Fields", "Field"], ["Lĩnh vực"], ["المجالات", "المجال"]),
        Field("signedOn", nameof(AgreementInput.SignedOn), false, "A date", ["Signed on", "Date signed", "Signing date"], ["Ngày ký"], ["تاريخ التوقيع"]),
        Field("signedPlace", nameof(AgreementInput.SignedPlace), false, "Text", ["Signed at", "Place"], ["Nơi ký", "Địa điểm ký"], ["مكان التوقيع"]),
        Field("language", nameof(AgreementInput.Language), false, "Text", ["Language"], ["Ngôn ngữ"], ["اللغة"]),
        Field("signerName", nameof(AgreementInput.SignerName), false, "Text", ["Signer"], ["Người ký"], ["الموقّع"]),
        Field("signerTitle", nameof(AgreementInput.SignerTitle), false, "Text", ["Signer's title"], ["Chức vụ người ký"], ["منصب الموقّع"]),
        Field("validFrom", nameof(AgreementInput.ValidFrom), false, "A date", ["Valid from", "In force from"], ["Hiệu lực từ"], ["ساري من"]),
        Field("validTo", nameof(AgreementInput.ValidTo), false, "A date", ["Valid to", "Expires"], ["Hiệu lực đến", "Hết hạn"], ["ساري حتى"]),
        Field("summary", nameof(AgreementInput.Summary), false, "Text", ["Summary", "Content"], ["Nội dung", "Tóm tắt"], ["الملخص"]),
        Field("status", nameof(Agreement.Status), false, "Proposed (the default), Signed, In force, Expired or Terminated", ["Status"], ["Trạng thái", "Tình trạng"], ["الحالة"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEditRegister;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    public static string KeyOf(string title, DateOnly? signedOn) => $"{title.Trim()}|{signedOn:yyyy-MM-dd}";

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private static readonly AgreementStatus[] StatusesTaken = [AgreementStatus.Proposed, AgreementStatus.Signed, AgreementStatus.InForce, AgreementStatus.Expired, AgreementStatus.Terminated];

        private PartnerNames _partners = new();
        private Dictionary<string, int> _existing = [];
        private Dictionary<string, string> _fieldCodes = [];
        private List<(int Id, string Title, string Folded, DateOnly? SignedOn, int[] Partners)> _known = [];

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _partners = await PartnerNames.LoadAsync(db, ct);
            var rows = await db.Agreements.AsNoTracking()
                .Select(a => new { a.Id, a.Title, a.SignedOn, Partners = a.Partners.Select(p => p.PartnerId).ToList() }).ToListAsync(ct);
            _existing = rows.GroupBy(r => KeyOf(r.Title, r.SignedOn)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
            _known = rows.Select(r => (r.Id, r.Title, ImportChoices.Compact(r.Title), r.SignedOn, r.Partners.ToArray())).ToList();
            foreach (var f in await db.CooperationFields.AsNoTracking().Where(f => f.IsActive).ToListAsync(ct))
            {
                foreach (var name in new[] { f.Code, f.NameEn, f.NameVi })
                {
                    _fieldCodes.TryAdd(ImportChoices.Compact(name), f.Code);
                }
            }
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var fieldCodes = new List<string>();
            foreach (var name in row.List("fields"))
            {
                if (_fieldCodes.TryGetValue(ImportChoices.Compact(name), out var code))
                {
                    fieldCodes.Add(code);
                }
                else
                {
                    row.Fail("fields", $"\"{name}\" is not a field of cooperation in the list.");
                }
            }

            var party = row.Text("domesticParty");
            var input = new AgreementInput
            {
                Kind = row.Choice<AgreementKind>("kind"),
                Title = row.Text("title"),
                Summary = row.Text("summary"),
                PartnerIds = _partners.Resolve(row, "partners"),
                DomesticParties = party is null ? [] : [new DomesticPartyInput { Kind = row.Choice<DomesticPartyKind>("domesticPartyKind") ?? DomesticPartyKind.Province, Name = party }],
                FieldCodes = [.. fieldCodes],
                SignedOn = row.Date("signedOn"),
                SignedPlace = row.Text("signedPlace"),
                Language = row.Text("language"),
                SignerName = row.Text("signerName"),
                SignerTitle = row.Text("signerTitle"),
                ValidFrom = row.Date("validFrom"),
                ValidTo = row.Date("validTo"),
            };
            var status = row.Choice<AgreementStatus>("status") ?? AgreementStatus.Proposed;
            if (!StatusesTaken.Contains(status))
            {
                row.Fail("status", "An imported agreement can be Proposed, Signed, In force, Expired or Terminated; the steps between are taken in Liaison.");
            }

            if (status is AgreementStatus.Signed or AgreementStatus.InForce or AgreementStatus.Expired or AgreementStatus.Terminated && input.SignedOn is null && !row.HasErrors)
            {
                row.Fail("signedOn", "A signed agreement needs its signing date.");
            }

            var key = input.Title is { } t ? KeyOf(t, input.SignedOn) : string.Empty;
            var existingId = _existing.TryGetValue(key, out var id) ? id : (int?)null;
            row.Fail((await input.ValidateAsync(db, existingId, ct)).ToDictionary());
            var label = $"{input.Title} ({input.SignedOn:yyyy-MM-dd})";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            if (existingId is { } found)
            {
                var agreement = await db.Agreements.Include(a => a.DomesticParties).Include(a => a.Partners).Include(a => a.Fields).Include(a => a.Commitments)
                    .SingleAsync(a => a.Id == found, ct);
                // Commitments and further parties are kept in Liaison; a register row names one party.
                input.Commitments = agreement.Commitments.Select(c => new CommitmentInput { Id = c.Id, Description = c.Description, OwnerUnit = c.OwnerUnit, DueDate = c.DueDate, Status = c.Status, ProgressNotes = c.ProgressNotes }).ToList();
                input.DomesticParties = agreement.DomesticParties.Any(p => ImportChoices.Compact(p.Name) == ImportChoices.Compact(party))
                    ? agreement.DomesticParties.Select(p => new DomesticPartyInput { Kind = p.Kind, Name = p.Name }).ToList()
                    : [.. agreement.DomesticParties.Select(p => new DomesticPartyInput { Kind = p.Kind, Name = p.Name }), .. input.DomesticParties];
                input.RenewsAgreementId = agreement.RenewsAgreementId;
                if (!row.IsMapped("fields"))
                {
                    input.FieldCodes = agreement.Fields.Select(f => f.FieldCode).ToArray();
                }

                return ImportChanges.Update(db, agreement, () =>
                {
                    input.ApplyTo(agreement);
                    if (row.IsMapped("status"))
                    {
                        agreement.Status = status;
                    }
                }, apply, key, label);
            }

            var folded = ImportChoices.Compact(input.Title);
            var likely = _known.FirstOrDefault(k => k.Folded == folded || (k.SignedOn == input.SignedOn && k.SignedOn is not null && k.Partners.Intersect(input.PartnerIds).Any()));
            if (apply)
            {
                var created = new Agreement { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, Status = status };
                input.ApplyTo(created);
                db.Agreements.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely.Id == 0 ? null : $"Agreement #{likely.Id} \"{likely.Title}\" ({likely.SignedOn:yyyy-MM-dd})");
        }
    }
}
