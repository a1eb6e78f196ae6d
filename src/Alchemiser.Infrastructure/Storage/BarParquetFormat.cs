using System.Buffers;
using Alchemiser.Core.Market;
using Parquet;
using Parquet.Schema;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// The Parquet layout of one symbol's daily bars: columns <c>date</c> (date32), <c>open</c>, <c>high</c>, <c>low</c>,
/// <c>close</c>, <c>volume</c> (double), one row group.
/// </summary>
/// <remarks>
/// <c>date</c> and <c>close</c> are required. The other columns are always present and nullable: a whole column of
/// nulls means the source has no such value (the <see cref="BarSeries"/> array is <see langword="null"/>), a single
/// null is one bar without the value (<see cref="double.NaN"/>). Columns are read straight into arrays; no row objects.
/// </remarks>
internal static class BarParquetFormat
{
    private const string DateColumn = "date";
    private const string CloseColumn = "close";

    private static readonly DataField<DateOnly> DateField = new(DateColumn, nullable: false);
    private static readonly DataField<double?> OpenField = new("open");
    private static readonly DataField<double?> HighField = new("high");
    private static readonly DataField<double?> LowField = new("low");
    private static readonly DataField<double> CloseField = new(CloseColumn, nullable: false);
    private static readonly DataField<double?> VolumeField = new("volume");

    private static readonly ParquetSchema Schema =
        new(DateField, OpenField, HighField, LowField, CloseField, VolumeField);

    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    /// <summary>Checks what every stored series must satisfy; throws <see cref="ArgumentException"/> naming the symbol.</summary>
    public static void Validate(BarSeries bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var symbol = bars.Symbol;
        var dates = bars.Dates ?? throw new ArgumentException($"{symbol}: dates are missing", nameof(bars));
        var count = dates.Length;
        CheckLength(symbol, "close", bars.Close, count, required: true);
        CheckLength(symbol, "open", bars.Open, count, required: false);
        CheckLength(symbol, "high", bars.High, count, required: false);
        CheckLength(symbol, "low", bars.Low, count, required: false);
        CheckLength(symbol, "volume", bars.Volume, count, required: false);
        for (var i = 1; i < count; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                throw new ArgumentException(
                    $"{symbol}: dates must be strictly increasing, but {dates[i]:yyyy-MM-dd} follows {dates[i - 1]:yyyy-MM-dd}",
                    nameof(bars));
            }
        }

        var close = bars.Close;
        for (var i = 0; i < count; i++)
        {
            if (!double.IsFinite(close[i]))
            {
                throw new ArgumentException(
                    $"{symbol}: close on {dates[i]:yyyy-MM-dd} is {close[i]}; a finite close is required", nameof(bars));
            }
        }
    }

    /// <summary>Writes <paramref name="bars"/> (already validated) to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(BarSeries bars, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, Options, append: false, cancellationToken);
        if (bars.Count == 0)
            return;
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<DateOnly>(DateField, bars.Dates, cancellationToken: cancellationToken);
        await group.WriteAsync<double>(OpenField, ToNullable(bars.Open, bars.Count), cancellationToken: cancellationToken);
        await group.WriteAsync<double>(HighField, ToNullable(bars.High, bars.Count), cancellationToken: cancellationToken);
        await group.WriteAsync<double>(LowField, ToNullable(bars.Low, bars.Count), cancellationToken: cancellationToken);
        await group.WriteAsync<double>(CloseField, bars.Close, cancellationToken: cancellationToken);
        await group.WriteAsync<double>(VolumeField, ToNullable(bars.Volume, bars.Count), cancellationToken: cancellationToken);
        group.CompleteValidate();
    }

    /// <summary>Reads the bars of <paramref name="symbol"/> from a seekable <paramref name="input"/>.</summary>
    /// <exception cref="InvalidDataException">The file lacks a required column or has an unexpected column type.</exception>
    public static async Task<BarSeries> ReadAsync(Symbol symbol, Stream input, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(input, Options, leaveStreamOpen: true, cancellationToken);
        var fields = reader.Schema.DataFields;
        var dateField = Find(fields, DateColumn, typeof(DateOnly), symbol) ??
            throw new InvalidDataException($"{symbol}: the file has no '{DateColumn}' column");
        var closeField = Find(fields, CloseColumn, typeof(double), symbol) ??
            throw new InvalidDataException($"{symbol}: the file has no '{CloseColumn}' column");
        var openField = Find(fields, OpenField.Name, typeof(double), symbol);
        var highField = Find(fields, HighField.Name, typeof(double), symbol);
        var lowField = Find(fields, LowField.Name, typeof(double), symbol);
        var volumeField = Find(fields, VolumeField.Name, typeof(double), symbol);

        long total = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
            total += reader.RowGroups[g].RowCount;
        var count = checked((int)total);

        var dates = new DateOnly[count];
        var close = new double[count];
        var open = openField is null ? null : new double[count];
        var high = highField is null ? null : new double[count];
        var low = lowField is null ? null : new double[count];
        var volume = volumeField is null ? null : new double[count];
        var anyOpen = false;
        var anyHigh = false;
        var anyLow = false;
        var anyVolume = false;

        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            await ReadDatesAsync(group, dateField, dates.AsMemory(offset, rows), symbol, cancellationToken);
            if (await ReadDoublesAsync(group, closeField, close.AsMemory(offset, rows), cancellationToken) != rows)
                throw new InvalidDataException($"{symbol}: the '{CloseColumn}' column has nulls");
            if (open is not null)
                anyOpen |= await ReadDoublesAsync(group, openField!, open.AsMemory(offset, rows), cancellationToken) > 0;
            if (high is not null)
                anyHigh |= await ReadDoublesAsync(group, highField!, high.AsMemory(offset, rows), cancellationToken) > 0;
            if (low is not null)
                anyLow |= await ReadDoublesAsync(group, lowField!, low.AsMemory(offset, rows), cancellationToken) > 0;
            if (volume is not null)
                anyVolume |= await ReadDoublesAsync(group, volumeField!, volume.AsMemory(offset, rows), cancellationToken) > 0;
            offset += rows;
        }

        return new BarSeries(
            symbol,
            dates,
            close,
            anyOpen ? open : null,
            anyHigh ? high : null,
            anyLow ? low : null,
            anyVolume ? volume : null);
    }

    private static void CheckLength(Symbol symbol, string column, double[]? values, int count, bool required)
    {
        if (values is null)
        {
            if (required)
                throw new ArgumentException($"{symbol}: the {column} column is required", "bars");
            return;
        }

        if (values.Length != count)
        {
            throw new ArgumentException(
                $"{symbol}: the {column} column has {values.Length} values for {count} dates", "bars");
        }
    }

    private static double?[] ToNullable(double[]? values, int count)
    {
        var result = new double?[count];
        if (values is null)
            return result;
        for (var i = 0; i < count; i++)
        {
            var value = values[i];
            result[i] = double.IsNaN(value) ? null : value;
        }

        return result;
    }

    private static DataField? Find(DataField[] fields, string name, Type clrType, Symbol symbol)
    {
        foreach (var field in fields)
        {
            if (!string.Equals(field.Name, name, StringComparison.Ordinal))
                continue;
            if (field.ClrType != clrType || field.IsArray)
            {
                throw new InvalidDataException(
                    $"{symbol}: column '{name}' holds {field.ClrType.Name}, expected {clrType.Name}");
            }

            return field;
        }

        return null;
    }

    private static async Task ReadDatesAsync(
        ParquetRowGroupReader group, DataField field, Memory<DateOnly> destination, Symbol symbol,
        CancellationToken cancellationToken)
    {
        if (!field.IsNullable)
        {
            await group.ReadAsync(field, destination, cancellationToken: cancellationToken);
            return;
        }

        var buffer = ArrayPool<DateOnly?>.Shared.Rent(destination.Length);
        try
        {
            await group.ReadAsync(field, buffer.AsMemory(0, destination.Length), cancellationToken: cancellationToken);
            var span = destination.Span;
            for (var i = 0; i < span.Length; i++)
                span[i] = buffer[i] ?? throw new InvalidDataException($"{symbol}: the '{DateColumn}' column has nulls");
        }
        finally
        {
            ArrayPool<DateOnly?>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a double column, nulls as NaN; returns how many values were not null.</summary>
    private static async Task<int> ReadDoublesAsync(
        ParquetRowGroupReader group, DataField field, Memory<double> destination, CancellationToken cancellationToken)
    {
        if (!field.IsNullable)
        {
            await group.ReadAsync(field, destination, cancellationToken: cancellationToken);
            return destination.Length;
        }

        var buffer = ArrayPool<double?>.Shared.Rent(destination.Length);
        try
        {
            await group.ReadAsync(field, buffer.AsMemory(0, destination.Length), cancellationToken: cancellationToken);
            var span = destination.Span;
            var present = 0;
            for (var i = 0; i < span.Length; i++)
            {
                var value = buffer[i];
                if (value.HasValue)
                {
                    span[i] = value.GetValueOrDefault();
                    present++;
                }
                else
                {
                    span[i] = double.NaN;
                }
            }

            return present;
        }
        finally
        {
            ArrayPool<double?>.Shared.Return(buffer);
        }
    }
}
