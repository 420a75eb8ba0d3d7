print("quitting with 6")
quit(6)
