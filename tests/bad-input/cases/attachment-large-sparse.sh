# A 400 MB attachment (sparse, so the test is cheap) is compared and copied in chunks: planpub's
# peak memory stays far below the file's size (it used to hold it twice).
# expect-exit: 0
# timeout: 180
# max-rss-mb: 120
truncate -s 400M content/plans/alpha/files/big.pdf
