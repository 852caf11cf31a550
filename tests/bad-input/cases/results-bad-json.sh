# accessibility-results.json (written by the accessibility test run) cut short: not JSON.
# expect-stderr: content/accessibility-results.json:1:55: error[results.bad-json]: accessibility-results.json is not valid JSON: syntax error while parsing object - unexpected end of input
printf '{"date": "2025-01-20", "standard": "JIS X 8341-3:2016"' >content/accessibility-results.json
