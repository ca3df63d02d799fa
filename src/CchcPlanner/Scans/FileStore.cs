using System.Security.Cryptography;

namespace CchcPlanner.Scans;

/// <summary>A file as stored: its path under the storage folder, its length and the SHA-256 of its bytes (lower-case hexadecimal).</summary>
public sealed record StoredFile(string StoredName, long Length, string Sha256);

/// <summary>
/// The one place uploaded files are kept (<see cref="ScanOptions.Folder"/>): signed scans and KPI evidence files. An upload
/// is copied under a name the system chose, up to a size limit, hashed on the way, then checked by the caller's sniffing
/// rule; a file over the limit or refused by the check is removed again, so nothing half-stored remains. Files are read
/// back only from inside the folder.
/// </summary>
public sealed class FileStore(ScanOptions options)
{
    public string Folder => options.Folder;

    /// <summary>
    /// Copies <paramref name="content"/> to <paramref name="storedName"/>; answers the stored file, or the Vietnamese reason
    /// it was refused (<paramref name="tooLarge"/> past <paramref name="maxBytes"/>, otherwise what <paramref name="check"/>
    /// says about the whole file). A refused file is deleted.
    /// </summary>
    public async Task<(StoredFile? File, string? Problem)> SaveAsync(
        string storedName, Stream content, long maxBytes, string tooLarge, Func<Stream, CancellationToken, Task<string?>> check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(check);
        var path = PathOf(storedName) ?? throw new ArgumentException("The stored name leaves the storage folder.", nameof(storedName));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var kept = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            long length = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return (null, tooLarge);
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            if (await check(file, cancellationToken) is { } problem)
            {
                return (null, problem);
            }

            kept = true;
            return (new StoredFile(storedName, length, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
        }
        finally
        {
            if (!kept)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>The file's bytes, or null when it is gone or the name points outside the folder.</summary>
    public async Task<byte[]?> ReadAsync(string storedName, CancellationToken cancellationToken) =>
        PathOf(storedName) is { } path && File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;

    /// <summary>Removes a stored file (one replaced, or one whose record was not saved); a missing file is fine.</summary>
    public void Delete(string storedName)
    {
        if (PathOf(storedName) is { } path)
        {
            File.Delete(path);
        }
    }

    private string? PathOf(string storedName)
    {
        var root = Path.GetFullPath(options.Folder);
        var path = Path.GetFullPath(Path.Combine(root, storedName));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
