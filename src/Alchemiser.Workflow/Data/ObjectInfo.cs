namespace Alchemiser.Workflow.Data;

/// <summary>One stored object as a listing or a write reports it.</summary>
/// <param name="Key">The object's key (<see cref="ObjectKey"/>).</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Version">
/// An opaque token that changes whenever the object is replaced (the ETag of a blob; the modification time and length
/// of a file). Equal versions of one key mean the same content, so a cache of derived facts can be checked against a
/// listing without reading the object.
/// </param>
/// <param name="LastModifiedUtc">When the current content was written.</param>
public sealed record ObjectInfo(string Key, long Length, string Version, DateTimeOffset LastModifiedUtc);
