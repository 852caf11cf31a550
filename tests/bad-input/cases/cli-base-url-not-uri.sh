# --base-url with braces in its path: no RFC 3986 URI can carry them as they are, so
# the open data's URLs would not be URIs. A usage error (exit 2).
# args: build --content content --out public --base-url https://example.jp/{plans}/
# expect-exit: 2
# expect-stderr: --base-url: error[cli.base-url-not-uri]: --base-url "https://example.jp/{plans}/" cannot be a web address: its path holds '{'
true
