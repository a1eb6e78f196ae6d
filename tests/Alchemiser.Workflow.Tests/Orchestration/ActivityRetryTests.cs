using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed class ActivityRetryTests
{
    [Fact]
    public void NextDelay_Backoff_GrowsByTheCoefficientUpToTheCap()
    {
        var retry = new ActivityRetry(6, TimeSpan.FromSeconds(5), 2.0, maxRetryInterval: TimeSpan.FromSeconds(30));

        var delays = Enumerable.Range(1, 6).Select(a => retry.NextDelay(a, TimeSpan.Zero)).ToList();

        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), null], delays);
    }

    [Fact]
    public void NextDelay_RetryTimeoutPassed_GivesUp()
    {
        var retry = new ActivityRetry(10, TimeSpan.FromSeconds(5), retryTimeout: TimeSpan.FromSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(5), retry.NextDelay(2, TimeSpan.FromSeconds(11)));
        Assert.Null(retry.NextDelay(3, TimeSpan.FromSeconds(12)));
    }

    [Fact]
    public void Constructor_Defaults_MatchRetryPolicy()
    {
        var retry = new ActivityRetry(3, TimeSpan.FromSeconds(5));

        Assert.Equal(1.0, retry.BackoffCoefficient);
        Assert.Equal(TimeSpan.FromHours(1), retry.MaxRetryInterval);
        Assert.Equal(Timeout.InfiniteTimeSpan, retry.RetryTimeout);
        Assert.Null(new ActivityRetry(1, TimeSpan.FromSeconds(1)).NextDelay(1, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(0, 5, 1.0)]
    [InlineData(3, 0, 1.0)]
    [InlineData(3, 5, 0.5)]
    [InlineData(3, 5, double.NaN)]
    public void Constructor_OutOfRange_Throws(int attempts, int seconds, double coefficient) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityRetry(attempts, TimeSpan.FromSeconds(seconds), coefficient));
}
