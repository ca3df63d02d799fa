using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using CchcPlanner.Common;

namespace CchcPlanner.Import.Docx;

/// <summary>
/// Renders Word's automatic numbering as the text a reader sees (<c>I.</c>, <c>1.</c>, <c>1.2.</c>, <c>a)</c>, <c>-</c>),
/// so that the parser finds the plan's structure whether the typist numbered by hand or by a list style. Counters run
/// per abstract list, as Word's do: paragraphs of two list instances of one definition share them, unless an
/// instance restarts a level (<c>w:startOverride</c>).
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, Instance> instances = [];
    private readonly Dictionary<int, LevelFormat[]> definitions = [];
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> started = [];

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (DocxStyleSheet.Int(definition.AbstractNumberId) is not { } id)
            {
                continue;
            }

            var levels = new LevelFormat[Levels];
            foreach (var level in definition.Elements<Level>())
            {
                if (DocxStyleSheet.Int(level.LevelIndex) is { } index and >= 0 and < Levels)
                {
                    levels[index] = Format(level);
                }
            }

            definitions[id] = levels;
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (DocxStyleSheet.Int(instance.NumberID) is not { } id || DocxStyleSheet.Int(instance.AbstractNumId?.Val) is not { } abstractId)
            {
                continue;
            }

            var overrides = new Dictionary<int, (int? Start, LevelFormat? Format)>();
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (DocxStyleSheet.Int(levelOverride.LevelIndex) is { } index and >= 0 and < Levels)
                {
                    overrides[index] = (DocxStyleSheet.Int(levelOverride.StartOverrideNumberingValue?.Val), levelOverride.Level is { } l ? Format(l) : null);
                }
            }

            instances[id] = new Instance(abstractId, overrides);
        }
    }

    /// <summary>The label of the next paragraph of list <paramref name="numberingId"/> at <paramref name="level"/>, or null.</summary>
    public string? Next(int numberingId, int level)
    {
        if (!instances.TryGetValue(numberingId, out var instance) || !definitions.TryGetValue(instance.AbstractId, out var levels))
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        var count = Counters(instance.AbstractId);
        if (started.Add(numberingId))
        {
            foreach (var (index, (start, _)) in instance.Overrides)
            {
                if (start is { } s)
                {
                    count[index] = s - 1;
                }
            }
        }

        var format = FormatOf(instance, levels, level);
        if (format is null)
        {
            return null;
        }

        count[level] = (count[level] ?? format.Start - 1) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            count[deeper] = null;
        }

        return format.Kind == "bullet" ? Bullet(format.Text, level, FirstBullet(instance, levels)) : Render(instance, levels, count, format.Text);
    }

    private int?[] Counters(int abstractId)
    {
        if (!counters.TryGetValue(abstractId, out var count))
        {
            counters[abstractId] = count = new int?[Levels];
        }

        return count;
    }

    private static LevelFormat? FormatOf(Instance instance, LevelFormat[] levels, int level) =>
        instance.Overrides.TryGetValue(level, out var o) && o.Format is { } overridden ? overridden : levels[level];

    /// <summary><c>%1.%2.</c> with each level's counter in its own format.</summary>
    private static string Render(Instance instance, LevelFormat[] levels, int?[] count, string text)
    {
        var result = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var level = text[i + 1] - '1';
                var format = FormatOf(instance, levels, level);
                result.Append(Counter(count[level] ?? format?.Start ?? 1, format?.Kind ?? "decimal"));
                i++;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString().Trim();
    }

    private static string Counter(int value, string kind)
    {
        value = Math.Max(value, 0);
        return kind switch
        {
            "none" => string.Empty,
            "lowerLetter" => Letters(value),
            "upperLetter" => Letters(value).ToUpperInvariant(),
            "lowerRoman" when value > 0 => RomanNumerals.Of(Math.Min(value, 3999)).ToLowerInvariant(),
            "upperRoman" when value > 0 => RomanNumerals.Of(Math.Min(value, 3999)),
            "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>a … z, then aa, bb … as Word counts.</summary>
    private static string Letters(int value)
    {
        if (value <= 0)
        {
            return string.Empty;
        }

        var letter = (char)('a' + (value - 1) % 26);
        return new string(letter, Math.Min((value - 1) / 26 + 1, 10));
    }

    /// <summary>
    /// A bullet as the plans write it: <c>-</c> on the list's first bullet level, <c>+</c> on the ones below, whatever
    /// symbol the template uses (, •, o); a typed <c>-</c> or <c>+</c> is kept.
    /// </summary>
    private static string Bullet(string symbol, int level, int firstBullet) => symbol.Trim() switch
    {
        "+" => "+",
        "-" or "–" or "—" => "-",
        _ => level <= firstBullet ? "-" : "+",
    };

    private static int FirstBullet(Instance instance, LevelFormat[] levels)
    {
        for (var level = 0; level < Levels; level++)
        {
            if (FormatOf(instance, levels, level)?.Kind == "bullet")
            {
                return level;
            }
        }

        return 0;
    }

    private static LevelFormat Format(Level level) => new(
        DocxStyleSheet.Int(level.StartNumberingValue?.Val) ?? 1,
        level.NumberingFormat?.Val?.InnerText is { Length: > 0 } kind ? kind : "decimal",
        level.LevelText?.Val?.InnerText ?? string.Empty);

    private sealed record LevelFormat(int Start, string Kind, string Text);

    private sealed record Instance(int AbstractId, Dictionary<int, (int? Start, LevelFormat? Format)> Overrides);
}
