package cn.recon.match;

/** Records grouped by set: {@code order[start[c]..start[c+1])} are the members of group c, groups in root order. */
final class Groups {

    final int[] root;
    final int[] order;
    final int[] start;

    Groups(UnionFind uf, int n) {
        root = new int[n];
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            root[i] = uf.find(i);
            count[root[i] + 1]++;
        }
        int groups = 0;
        for (int r = 0; r < n; r++) {
            if (count[r + 1] > 0) {
                groups++;
            }
        }
        int[] offset = new int[n + 1];
        for (int r = 0; r < n; r++) {
            offset[r + 1] = offset[r] + count[r + 1];
        }
        order = new int[n];
        start = new int[groups + 1];
        int[] fill = offset.clone();
        for (int i = 0; i < n; i++) {
            order[fill[root[i]]++] = i;
        }
        int g = 0;
        for (int r = 0; r < n; r++) {
            if (count[r + 1] > 0) {
                start[g++] = offset[r];
            }
        }
        start[groups] = n;
    }

    int count() {
        return start.length - 1;
    }
}
