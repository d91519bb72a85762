"""The assessment: running the checklist over a case, people in groups, and which treaties
bind the state."""
