"""warta's compiled core, src/warta/_native.c: the recogniser's Viterbi search and per-token
scores, the finding and building of every token of every article, and the event lexicon's
word split.

Optional: where no C compiler is found the build goes on without it, and warta runs the
pure-Python twins of each (same results; the whole analysis about 15% slower).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("warta._native", ["src/warta/_native.c"], optional=True, extra_compile_args=["-O2"])])
