"""Everything that builds the chapter site around :mod:`probconv`.

* :mod:`probconv_site.figures`: one drawing function per figure, the registry with captions and
  alt text, and the cached, parallel build (``python -m probconv_site.figures``);
* :mod:`probconv_site.explorer_vectors`: the dice explorer's and the scrubber's reference numbers;
* :mod:`probconv_site.continuous_vectors`: the continuous explorer's reference numbers;
* :mod:`probconv_site.playground_vectors`: the kernel playground's reference numbers;
* :mod:`probconv_site.vector_files`: writing those numbers to JSON, and their command line;
* :mod:`probconv_site.notebook`: executes the chapter's notebook and normalises its outputs;
* :mod:`probconv_site.digest`: the cache keys' hashing of sources and package versions;
* :mod:`probconv_site.reproducible`: two clean builds under load, compared file by file;
* :mod:`probconv_site.hooks`: the MkDocs hooks (``hooks/*.py`` in the repository only import them).
"""

from .paths import ROOT

__all__ = ["ROOT"]
