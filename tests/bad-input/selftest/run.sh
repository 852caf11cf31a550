#!/usr/bin/env bash
# Runs run.py with a fake planpub in every mode: "pass" must pass, every other mode must fail.
# Usage: selftest/run.sh RUN_PY
set -u
here=$(cd "$(dirname "$0")" && pwd)
status=0
for mode in pass wrong-exit hang crash no-hint write-outside touch-content touch-public leave-staging bad-utf8 memory; do
  FAKE_MODE=$mode /usr/bin/python3 "$1" "$here/fake-planpub.sh" "$here/case.sh" >/tmp/planpub-selftest.$$ 2>&1
  got=$?
  want=1; [ "$mode" = pass ] && want=0
  if [ "$got" -eq "$want" ]; then echo "ok   $mode (run.py exit $got)"; else echo "FAIL $mode: run.py exit $got, expected $want"; cat /tmp/planpub-selftest.$$; status=1; fi
done
rm -f /tmp/planpub-selftest.$$
exit $status
