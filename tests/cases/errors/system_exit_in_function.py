import sys
def shutdown(code):
    print("shutting down", code)
    sys.exit(code)
try:
    shutdown(9)
finally:
    print("finally during exit")
