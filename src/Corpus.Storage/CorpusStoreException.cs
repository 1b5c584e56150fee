namespace Corpus.Storage;

/// <summary>The store could not be opened, read or written; the message names the file and what to do.</summary>
public sealed class CorpusStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CorpusStoreException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public CorpusStoreException() { }

    /// <summary>Creates the exception.</summary>
    public CorpusStoreException(string message) : base(message) { }
}
