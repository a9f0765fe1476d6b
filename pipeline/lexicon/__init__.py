"""What the recognisers (`pipeline.ner`) and the extractors (`pipeline.extract`) both know, below both:
word lists and token predicates (`words`), place-name base forms (`places`), the TERYT register (`teryt`).
"""
