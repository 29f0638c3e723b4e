"""Qt item models of the side panels: one model per list or table, fed by the PlanDocument."""
