"""The MkDocs hooks of the chapter site.

MkDocs loads hooks from files; ``hooks/*.py`` in the repository are those files, and each one
only imports the events of one module here, so that the code itself lives in a package that the
tests import like any other.
"""
