using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// Tokenizer and recognizer on the sample corpus, each against a baseline in the same run:
/// a plain Regex.Split on whitespace (the cheapest "tokenizer" there is).
/// </summary>
[MemoryDiagnoser]
public partial class TextAndEntityBenchmarks
{
    private readonly EntityRecognizer _recognizer = EntityRecognizer.Default;
    private readonly ArticlePipeline _pipeline = new(EntityRecognizer.Default, new RoleFinder(Gazetteer.Default), new Claims.FigureExtractor(new RoleFinder(Gazetteer.Default)), new Claims.QuoteExtractor());
    private Document[] _documents = [];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleText.Articles.Select(Document.Parse).ToArray();
        _ = Gazetteer.Default;
        _ = NerModel.Default;
    }

    [Benchmark(Baseline = true, Description = "Regex.Split baseline")]
    public int RegexSplit()
    {
        int n = 0;
        foreach (var a in SampleText.Articles) n += Whitespace().Split(a.Text).Length;
        return n;
    }

    [Benchmark(Description = "Tokenizer")]
    public int Tokenize()
    {
        int n = 0;
        foreach (var a in SampleText.Articles) n += Tokenizer.Tokenize(a.Text).Length;
        return n;
    }

    [Benchmark(Description = "Document.Parse (tokens, sentences, boilerplate)")]
    public int Parse()
    {
        int n = 0;
        foreach (var a in SampleText.Articles) n += Document.Parse(a).Sentences.Count;
        return n;
    }

    [Benchmark(Description = "Entity recognizer (on parsed documents)")]
    public int Recognize()
    {
        int n = 0;
        foreach (var d in _documents) n += _recognizer.Recognize(d).Count;
        return n;
    }

    [Benchmark(Description = "Whole per-article pipeline (tokens, entities, roles, figures, quotes)")]
    public int Pipeline()
    {
        int n = 0;
        foreach (var a in SampleText.Articles) n += _pipeline.Run(a).Quotes.Count;
        return n;
    }

    [Benchmark(Description = "Parse + recognize")]
    public int ParseAndRecognize()
    {
        int n = 0;
        foreach (var a in SampleText.Articles) n += _recognizer.Recognize(Document.Parse(a)).Count;
        return n;
    }
}
