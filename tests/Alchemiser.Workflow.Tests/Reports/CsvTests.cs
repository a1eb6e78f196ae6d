using System.Text;
using Alchemiser.Workflow.Reports;

namespace Alchemiser.Workflow.Tests.Reports;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" spaced ", " spaced ")]
    public void AppendRecord_Field_QuotedOnlyWhenRfc4180NeedsIt(string field, string expected)
    {
        var text = new StringBuilder();

        Csv.AppendRecord(text, [field, "x"]);

        Assert.Equal(expected + ",x\r\n", text.ToString());
    }
}
