using Corpus.Entities;

namespace Corpus.Training;

/// <summary>A tokenized, labelled sentence from one of the training corpora.</summary>
internal sealed record TrainingSentence(string[] Tokens, NerLabel[] Labels, string Source)
{
    /// <summary>Set on augmented copies (title case, all caps): the features treat the line as caseless.</summary>
    public bool Caseless { get; init; }
}
