"""The urllib package: gilpy provides its `parse` module (URL splitting, joining and
quoting); `urllib.request` and `urllib.error` are not provided."""
