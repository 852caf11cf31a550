# --base-url that is not an absolute address (a path, as for a site in a sub-folder).
# args: build --content content --out public --base-url /plans/
# expect-stderr: --base-url: error[cli.base-url-not-absolute]: --base-url "/plans/" is not an absolute http(s) URL
true
