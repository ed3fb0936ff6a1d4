"""De-identification of transcripts (docs/deid.md)."""
