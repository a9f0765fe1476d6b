"""Decisions learned from the real-page gold cards, on top of the hand rules.

The rules propose (a part for each person, ...); a small linear model reads the rule's proposal with
the evidence around it (cue words, titles, layout) and decides. The models are data
(`pipeline/data/*_model.json`), trained by `pl-events train` on the dev half of `eval/real/` only, and
`recording()` lets the trainer see the features the pipeline computes, so training and extraction
share one feature function.
"""
