"""Job sources: one module per provider, each turning its answer into JobSpy-shaped records (see `base`)."""
