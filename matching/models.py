"""Matching keeps no tables of its own yet; scores are stored on `delivery.UserJobHistory`."""
