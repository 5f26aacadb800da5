"""Formulas typeset at build time: TeX in the pages, MathML in the built site.

* :mod:`.renderer`: a persistent Node process running Temml, and a cache keyed on the TeX;
* :mod:`.pages`: finds the formulas in a page's HTML and replaces them;
* :mod:`.plain`: a plain-text reading of a formula, for the table of contents and the search index;
* :mod:`.font`: the math font the browser draws MathML with, subset and served by the site.

The MkDocs hook that ties them into a build is :mod:`probconv_site.hooks.math`.
"""
