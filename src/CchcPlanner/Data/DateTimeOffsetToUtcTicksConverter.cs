using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CchcPlanner.Data;

/// <summary>Stores a moment as its UTC ticks, so both providers sort and compare it the same way.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
