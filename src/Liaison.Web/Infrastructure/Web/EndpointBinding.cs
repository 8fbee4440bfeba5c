namespace Liaison.Web.Infrastructure.Web;

/// <summary>
/// The API's endpoints are generated at compile time (the request delegate generator, switched on in the project for
/// start-up time: docs/benchmarks.md), except those handed to <see cref="AtRuntime"/>.
/// </summary>
public static class EndpointBinding
{
    /// <summary>
    /// Leaves an endpoint to ASP.NET Core's runtime binder. The compile-time generator binds an [AsParameters] type's own
    /// properties only, not those it inherits: a list's query (every <c>ListQuery</c>) would lose its text, paging, sort
    /// and its direction, archived and province filters without a word. Handed over as a plain <see cref="Delegate"/>,
    /// the call is one the generator does not take. EndpointBindingTests fails for any generated endpoint that binds an
    /// inherited property, and for any API endpoint left to the runtime binder without that reason.
    /// </summary>
    public static Delegate AtRuntime(Delegate handler) => handler;
}
