using CchcPlanner.Identity;

namespace CchcPlanner.Tests.Identity;

public sealed class FirstAdministratorTests
{
    [Fact]
    public void TemporaryPassword_HasEveryClassThePolicyAsks_AndNoLookAlikes_AndDiffersEachTime()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => FirstAdministrator.TemporaryPassword()).ToList();

        Assert.All(passwords, password =>
        {
            Assert.Equal(16, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
            Assert.DoesNotContain(password, c => c is '0' or 'O' or '1' or 'l' or 'I');
        });
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }
}
