"""Small helpers every room uses: guarded slots, background calls, message boxes, check lists."""
