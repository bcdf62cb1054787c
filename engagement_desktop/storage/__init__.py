"""Files written so a crash never leaves half of one, and damaged files kept aside, not lost."""
