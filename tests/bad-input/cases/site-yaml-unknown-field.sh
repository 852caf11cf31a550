# A misspelt site.yaml field (colour for nothing planpub reads, licence for license) would be ignored
# without a word: a warning at the key, the build goes on.
# expect-exit: 0
# expect-stderr: content/site.yaml:8:1: warning[field.unknown]: unknown field 'colour' in site.yaml
# expect-stderr: content/site.yaml:10:3: warning[field.unknown]: unknown field 'mail_address' in contact
printf 'colour: blue\ncontact:\n  mail_address: kikaku@example.jp\n' >>content/site.yaml
