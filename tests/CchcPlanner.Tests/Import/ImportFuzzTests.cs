using System.IO.Compression;
using System.Text;
using CchcPlanner.Documents;
using CchcPlanner.Import;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Import;

/// <summary>
/// Thousands of inputs that are plans cut short, plans scrambled, or no plans at all: each ends in a result or an
/// <see cref="ImportException"/>, never another exception. Seeded, so that a failure reproduces; the seed and the case
/// are in the failure message.
/// </summary>
public sealed class ImportFuzzTests
{
    private const int Seed = 20_261_122;

    /// <summary>Exceptions that only a fault in our code throws; a library's complaint about a broken file is fine.</summary>
    private static readonly Type[] Faults =
        [typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(ArgumentOutOfRangeException), typeof(InvalidCastException), typeof(DivideByZeroException)];

    private static readonly string[] Tokens =
    [
        "KẾ HOẠCH", "I. MỤC TIÊU", "II. CHỈ TIÊU", "III. NHIỆM VỤ", "IV. CHẾ ĐỘ BÁO CÁO", "V. KINH PHÍ", "VI. TỔ CHỨC THỰC HIỆN", "1.", "1.1.", "a)",
        "-", "+", "- +", "Căn cứ", "Thực hiện", "Số:", "/KH-", "số 76/NQ-CP", "17-CT/TU", "131/2020/QH14", "ngày", "tháng", "năm", "15/7/2021",
        "ngày   tháng", "của", "về", "Chính phủ", "Nơi nhận:", "- Lưu: VT.", "TM.", "KT.", "HIỆU TRƯỞNG", "Nguyễn Văn A", "(", ")", ";", ".", ":",
        "đạt", "từ", "trên", "dưới", "không quá", "100%", "99,5%", "01 sản phẩm", "trở lên", "Báo cáo quý I:", "trước ngày 01/3", "đồng",
        "5.000.000", "(nguồn:", "Trên đây là", "Phụ lục", "| TT | Nội dung | Chủ trì |", "|---|---|", "**", "*", "[bookmark: _Toc1]", "\\.",
        "\t", "\u00A0", "\u200B", "\u0301", "\n", "\n", "\n", "\r\n", " ", " ", "Quận 1, ", "2023", "0", "99999999999999999999", "Quý IV/2099",
    ];

    [Fact]
    public void Import_RandomTokenTexts_EndInAResultOrAnImportException()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 2500; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => random.Next(20) == 0 ? ((char)random.Next(1, 0xFFFF)).ToString() : Tokens[random.Next(Tokens.Length)] + " "));
            Survives(Encoding.UTF8.GetBytes(text), random.Next(2) == 0 ? "plan.txt" : "plan.md", $"token text {i}", text: true);
        }
    }

    [Fact]
    public void Import_EveryPrefixOfTheExamples_Sampled_EndsInAResultOrAnImportException()
    {
        var random = new Random(Seed + 1);
        foreach (var fixture in new[] { Fixtures.Kindergarten, Fixtures.NinhGiang, Fixtures.DepartmentDraft })
        {
            var text = Fixtures.Text(fixture);
            for (var length = random.Next(40); length < text.Length; length += 40 + random.Next(80))
            {
                Survives(Encoding.UTF8.GetBytes(text[..length]), fixture, $"{fixture} cut at {length}", text: true);
            }

            // Cut in bytes, also in the middle of a letter.
            var bytes = Fixtures.Bytes(fixture);
            for (var i = 0; i < 60; i++)
            {
                Survives(bytes[..random.Next(bytes.Length)], fixture, $"{fixture} bytes cut {i}");
            }
        }
    }

    [Fact]
    public void Import_ScrambledLinesOfTheExamples_EndInAResultOrAnImportException()
    {
        var random = new Random(Seed + 2);
        var sources = new[] { Fixtures.Kindergarten, Fixtures.NinhGiang, Fixtures.DepartmentDraft, Fixtures.OfficeWithoutLabel }
            .Select(f => Fixtures.Text(f).Split('\n')).ToArray();
        for (var i = 0; i < 600; i++)
        {
            var lines = sources[random.Next(sources.Length)].ToList();
            for (var change = random.Next(1, 12); change > 0 && lines.Count > 0; change--)
            {
                var at = random.Next(lines.Count);
                switch (random.Next(5))
                {
                    case 0:
                        lines.RemoveAt(at);
                        break;
                    case 1:
                        lines.Insert(random.Next(lines.Count), lines[at]);
                        break;
                    case 2:
                        (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]);
                        break;
                    case 3:
                        lines[at] = lines[at][..random.Next(lines[at].Length + 1)];
                        break;
                    default:
                        lines[at] = Tokens[random.Next(Tokens.Length)] + " " + lines[at];
                        break;
                }
            }

            Survives(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "plan.txt", $"scrambled {i}", text: true);
        }
    }

    [Fact]
    public void Import_BinaryGarbageAndRandomZips_EndInAnImportException()
    {
        var random = new Random(Seed + 3);
        for (var i = 0; i < 1500; i++)
        {
            var bytes = ImportErrorsTests.Random(random, random.Next(0, 3000));
            if (i % 3 == 0 && bytes.Length >= 4)
            {
                "PK\u0003\u0004"u8.CopyTo(bytes);
            }

            Survives(bytes, i % 2 == 0 ? "plan.docx" : "plan.txt", $"random bytes {i}");
        }

        string[] names = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml"];
        for (var i = 0; i < 200; i++)
        {
            var entries = names.Where(_ => random.Next(3) > 0)
                .Select(n => (n, random.Next(2) == 0 ? "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" : Encoding.Latin1.GetString(ImportErrorsTests.Random(random, random.Next(200)))))
                .ToArray();
            Survives(ImportErrorsTests.Zip(entries), "plan.docx", $"random zip {i}");
        }
    }

    [Fact]
    public void Import_RealDocxWithCorruptedParts_EndsInAResultOrAnImportException()
    {
        var random = new Random(Seed + 4);
        var plan = Fixtures.Import(Fixtures.DepartmentDraft).Plan with { TasksInAnnex = true };
        byte[][] documents = [DocxRenderer.Render(PlanDocumentBuilder.Build(PlanJsonReader.From(plan))), DocxImportTests.Department()];
        for (var i = 0; i < 300; i++)
        {
            var docx = documents[i % documents.Length];
            Survives(i % 10 == 0 ? docx[..random.Next(docx.Length)] : Corrupt(docx, random), "plan.docx", $"corrupted docx {i}");
        }
    }

    /// <summary>One part of the package broken: cut short, bytes flipped, a tag dropped, or the part removed.</summary>
    private static byte[] Corrupt(byte[] docx, Random random)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries[random.Next(zip.Entries.Count)];
            string content;
            using (var reader = new StreamReader(entry.Open()))
            {
                content = reader.ReadToEnd();
            }

            var name = entry.FullName;
            entry.Delete();
            var mode = random.Next(4);
            if (mode == 3)
            {
                return stream.ToArray();
            }

            var chars = content.ToCharArray();
            switch (mode)
            {
                case 0:
                    chars = chars[..random.Next(chars.Length + 1)];
                    break;
                case 1:
                    for (var flips = random.Next(1, 20); flips > 0 && chars.Length > 0; flips--)
                    {
                        chars[random.Next(chars.Length)] = (char)random.Next(32, 0x2000);
                    }

                    break;
                default:
                    var tag = content.IndexOf('<', random.Next(Math.Max(1, content.Length)));
                    chars = tag < 0 ? chars : [.. chars[..tag], .. chars[Math.Min(chars.Length, tag + random.Next(1, 40))..]];
                    break;
            }

            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(chars);
        }

        return stream.ToArray();
    }

    private static void Survives(byte[] bytes, string fileName, string what, bool text = false)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            var result = PlanImporter.Import(stream, fileName);
            Assert.NotNull(result.Plan);
        }
        catch (ImportException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message), what);
            var fault = e.InnerException is { } inner && (text || Faults.Contains(inner.GetType())) ? e.InnerException : null;
            Assert.True(fault is null, $"seed {Seed}, {what}: an unforeseen fault {fault}");
        }
        catch (Exception e)
        {
            Assert.Fail($"seed {Seed}, {what}: {e.GetType().Name} instead of ImportException: {e}");
        }
    }
}
