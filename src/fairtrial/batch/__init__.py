"""Many cases: batch assessment, the result cache, corpora on one machine or a Dask cluster,
and one record per case for engines that map a function over partitions."""
