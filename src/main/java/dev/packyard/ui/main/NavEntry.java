package dev.packyard.ui.main;

import dev.packyard.ui.common.NavTarget;

/** An item of the navigation tree and the screen it opens. */
sealed interface NavEntry {
    NavTarget target();

    record AllDomains() implements NavEntry {
        @Override
        public NavTarget target() {
            return NavTarget.Domains.all();
        }
    }

    record Domain(NavigationViewModel.DomainNode node) implements NavEntry {
        @Override
        public NavTarget target() {
            return NavTarget.Domains.of(node.details().domain().id());
        }
    }

    /** The domain's metadata cache: first under the domain, before its repositories. */
    record MetadataCache(NavigationViewModel.DomainNode node) implements NavEntry {
        @Override
        public NavTarget target() {
            return new NavTarget.MetadataCache(node.details().domain().id());
        }
    }

    /** The search across the domain's repositories, after its metadata cache. */
    record Search(NavigationViewModel.DomainNode node) implements NavEntry {
        @Override
        public NavTarget target() {
            return NavTarget.Search.of(node.details().domain().id());
        }
    }

    record Repository(NavigationViewModel.RepositoryNode node) implements NavEntry {
        @Override
        public NavTarget target() {
            return new NavTarget.Repository(node.repository().id());
        }
    }

    record Settings() implements NavEntry {
        @Override
        public NavTarget target() {
            return new NavTarget.Settings();
        }
    }

    record Connections() implements NavEntry {
        @Override
        public NavTarget target() {
            return new NavTarget.Connections();
        }
    }

    record Tasks() implements NavEntry {
        @Override
        public NavTarget target() {
            return new NavTarget.Tasks();
        }
    }

    record Demo() implements NavEntry {
        @Override
        public NavTarget target() {
            return new NavTarget.Demo();
        }
    }
}
