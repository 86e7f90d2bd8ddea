package main

func labelledFixtures() []fixture { return nil }
