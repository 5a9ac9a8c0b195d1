"""Turn clean notice text into measures with units, deadlines, thresholds, topics and references."""
