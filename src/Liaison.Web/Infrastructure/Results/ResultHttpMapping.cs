namespace Liaison.Web.Infrastructure.Results;

/// <summary>Maps use-case failures to HTTP: 400 with per-field errors, 404, 409, 403.</summary>
public static class ResultHttpMapping
{
    public static IResult ToProblem(this Failure failure) => failure switch
    {
        ValidationFailure v => TypedResults.ValidationProblem(
            v.Errors.ToDictionary(e => CamelCasePath(e.Key), e => e.Value),
            detail: v.Message,
            title: "The request has validation errors."),
        NotFoundFailure n => TypedResults.Problem(n.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        ConflictFailure c => TypedResults.Problem(c.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        StaleEditFailure s => TypedResults.Problem(
            s.Message,
            statusCode: StatusCodes.Status409Conflict,
            title: "Edited by someone else",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = s.CurrentVersion, ["differences"] = s.Differences }),
        ForbiddenFailure f => TypedResults.Problem(f.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        _ => TypedResults.Problem(failure.Message, statusCode: StatusCodes.Status500InternalServerError),
    };

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.Succeeded ? onSuccess(result.Value!) : result.Failure!.ToProblem();

    /// <summary>"Members[0].Name" becomes "members[0].name", matching the JSON property names.</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
