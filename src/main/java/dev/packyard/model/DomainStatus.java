package dev.packyard.model;

public enum DomainStatus {
    Active,
    Deleted
}
