"""Patient widgets."""
