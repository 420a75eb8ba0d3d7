"""This is the module docstring."""
import sys
