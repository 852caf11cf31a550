# --base-url that is not an absolute address (a path, as for a site in a sub-folder): a usage
# error (exit 2), before anything is read.
# args: build --content content --out public --base-url /plans/
# expect-exit: 2
# expect-stderr: --base-url: error[cli.base-url-not-absolute]: --base-url "/plans/" is not an absolute http(s) URL
true
