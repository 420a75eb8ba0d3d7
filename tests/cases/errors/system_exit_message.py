import sys
print("about to fail")
sys.exit("fatal: configuration is broken")
