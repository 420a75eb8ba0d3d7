print("pkg_demo.sub package init, parent is", __package__)
