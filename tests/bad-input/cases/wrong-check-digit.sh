# A local government code whose check digit is wrong; the hint gives the right one.
# expect-stderr: content/site.yaml:6:26: error[publisher.bad-code]
# expect-stderr: the check digit for 22209 is 7
sed -i 's/222097/222098/' content/site.yaml
