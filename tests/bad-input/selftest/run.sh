#!/usr/bin/env bash
# Runs run.py with a fake planpub (fake-planpub.sh, FAKE_MODE) on the cases here: each line below
# is a mode, a case, run.py's expected exit (0: the case passes, 1: run.py must catch it) and, for
# some, a text run.py's report must hold (so that it fails for the named reason).
# Usage: selftest/run.sh RUN_PY
set -u
here=$(cd "$(dirname "$0")" && pwd)
status=0
while read -r mode case want why; do
  FAKE_MODE=$mode /usr/bin/python3 "$1" "$here/fake-planpub.sh" "$here/$case" >/tmp/planpub-selftest.$$ 2>&1
  got=$?
  if [ "$got" -eq "$want" ] && { [ -z "$why" ] || grep -qF -- "$why" /tmp/planpub-selftest.$$; }; then echo "ok   $mode $case (run.py exit $got)"; else echo "FAIL $mode $case: run.py exit $got, expected $want${why:+, saying: $why}"; cat /tmp/planpub-selftest.$$; status=1; fi
done <<'CASES'
pass case.sh 0
wrong-exit case.sh 1
hang case.sh 1
crash case.sh 1
no-hint case.sh 1
write-outside case.sh 1
touch-content case.sh 1
touch-public case.sh 1
leave-staging case.sh 1
bad-utf8 case.sh 1
memory case.sh 1
pass case-misspelt-key.sh 1 unknown header key 'expect-sterr'
pass case-prose-key.sh 1 unknown header key 'link'
pass case-key-below-header.sh 1 key 'reject-stderr' below the header
pass case-vague-stderr.sh 1 expect-stderr: 'error[' is part of a diagnostic
pass case-split-location.sh 1 'content/site.yaml:1:' is part of a diagnostic
pass case-no-error-named.sh 1 without an expect-stderr naming the error
pass case-reject-output-on-failure.sh 1 output contains 'site'
links-3 case-output-count.sh 0
links-4 case-output-count.sh 1 holds '<a class="term"' 4 times, expected 3
pass case-output-count.sh 1 holds '<a class="term"' 0 times, expected 3
pass case-unreadable.sh 0
reads-unreadable case-unreadable.sh 0
pass case-unreadable-missing.sh 1 does not exist, so the case cannot run
CASES
rm -f /tmp/planpub-selftest.$$
exit $status
