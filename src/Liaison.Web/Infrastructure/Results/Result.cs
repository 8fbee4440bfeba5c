namespace Liaison.Web.Infrastructure.Results;

/// <summary>
/// The expected ways a use case can fail. They are values, not exceptions, so that pages and the API
/// map them the same way (see <see cref="ResultHttpMapping"/>). The message is written in English and
/// kept in the reader's language (<see cref="Text.Messages"/>).
/// </summary>
public abstract record Failure(string Message)
{
    public string Message { get; } = Text.Messages.Translate(Message);
}

/// <summary>Input that breaks a rule; <see cref="Errors"/> is keyed by the request's property path.</summary>
public sealed record ValidationFailure(IReadOnlyDictionary<string, string[]> Errors)
    : Failure("Some of the information is missing or not valid.");

public sealed record NotFoundFailure(string Message) : Failure(Message);

/// <summary>The request is well formed but conflicts with the record's state (a wrong status move, a stale edit).</summary>
public sealed record ConflictFailure(string Message) : Failure(Message);

public sealed record ForbiddenFailure(string Message) : Failure(Message);

/// <summary>One field of a record as saved by someone else, beside the value this person is trying to save.</summary>
public sealed record FieldDifference(string Field, string? Saved, string? Yours);

/// <summary>
/// An edit started from an older version: refused, with what the record holds now field by field, so the
/// person can see what the other editor changed and re-apply their own input, which the form keeps.
/// </summary>
public sealed record StaleEditFailure(int CurrentVersion, IReadOnlyList<FieldDifference> Differences)
    : Failure("Someone else saved this record after you opened it. Your changes were not saved: the fields below differ from what is saved now. Your input is kept; check it and save again.");

public readonly record struct Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public bool Succeeded => Failure is null;

    // Handlers return either a value or a Failure; the conversions keep their code free of wrapping.
    public static implicit operator Result<T>(Failure failure) => new(default, failure);

    public static implicit operator Result<T>(T value) => new(value, null);

#pragma warning disable CA1000 // the named alternatives CA2225 asks for beside the operators
    public static Result<T> FromValue(T value) => new(value, null);

    public static Result<T> FromFailure(Failure failure) => new(default, failure);
#pragma warning restore CA1000
}

public static class Failures
{
    public static NotFoundFailure NotFound(string what) => new($"{what} was not found, or you do not have access to it.");

    public static ForbiddenFailure ReadOnly() =>
        new("Your account can read records but not change them. Ask your province's administrator for an officer account.");

    public static ConflictFailure StaleEdit() =>
        new("Someone else saved this record after you opened it. Your changes were not saved: reload the record to see theirs, then apply yours again.");
}
