"""The chapter's figures, each drawn by probconv in a light and a dark variant.

One module per figure (``fig_<name>.py``) defines ``draw(theme) -> Figure``;
:mod:`.registry` names them with their captions and alt text; :mod:`.build`
renders them in parallel behind a content-keyed cache.
"""
